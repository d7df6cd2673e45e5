import Testing

@testable import ParleyCore

@Suite struct TextHelperTests {
    @Test(
        arguments: [
            ([0x61, 0x62], true),
            ([0xC3, 0xA9], true),
            ([0xF0, 0x9F, 0x98, 0x80], true),
            ([0xC0, 0xAF], false),  // overlong '/'
            ([0xE0, 0x80, 0xAF], false),  // overlong
            ([0xED, 0xA0, 0x80], false),  // surrogate D800
            ([0xF4, 0x90, 0x80, 0x80], false),  // past U+10FFFF
            ([0xC3], false),  // cut short
            ([0x80], false),  // stray continuation
            (Array("abcdefghijklmnop\u{e9}".utf8), true),
        ] as [([UInt8], Bool)])
    func utf8Validation(bytes: [UInt8], valid: Bool) {
        #expect(bytes.withUnsafeBufferPointer(UTF8Repair.isValid) == valid)
    }

    /// ASCII runs are checked 32 and 8 bytes at a time: a run that ends exactly where a
    /// wide step ends must not be read past (found by fuzz-csv: the 32-byte step left the
    /// index at the end and the byte after the run was read as a lead byte). The byte
    /// after each run here is 0xFF, so a read past the end answers "invalid".
    @Test(arguments: [0, 1, 7, 8, 9, 31, 32, 33, 40, 63, 64, 65, 96])
    func validationStopsAtTheEndOfAnASCIIRun(length: Int) {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length) + [0xFF]
        bytes.withUnsafeBufferPointer { all in
            #expect(UTF8Repair.isValid(UnsafeBufferPointer(rebasing: all[..<length])))
            #expect(!UTF8Repair.isValid(all))
        }
        let accented = Array("é".utf8) + [UInt8](repeating: UInt8(ascii: "b"), count: length)
        (accented + [0xFF]).withUnsafeBufferPointer { all in
            #expect(UTF8Repair.isValid(UnsafeBufferPointer(rebasing: all[..<accented.count])))
        }
    }

    @Test func repairReplacesMaximalSubparts() {
        var output: [UInt8] = []
        let repaired = [0x61, 0xE2, 0x82, 0x62].withUnsafeBufferPointer {
            UTF8Repair.append($0, to: &output)
        }
        #expect(repaired)
        #expect(String(decoding: output, as: UTF8.self) == "a\u{FFFD}b")
    }

    @Test func byteIndexFindsEveryKeyAcrossRehashes() {
        var table = StringTable()
        var index = ByteStringIndex()
        for number in 0..<50_000 {
            var key = "id-\(number * 7)"
            key.withUTF8 { bytes in
                let position = Int32(table.append(validUTF8: bytes))
                index.insert(bytes, position: position, table: table)
            }
        }
        #expect(index.count == 50_000)
        for number in stride(from: 0, to: 50_000, by: 97) {
            var key = "id-\(number * 7)"
            #expect(key.withUTF8 { index.find($0, in: table) } == Int32(number))
            var absent = "id-\(number * 7 + 1)"
            #expect(absent.withUTF8 { index.find($0, in: table) } == nil)
        }
        var long = String(repeating: "long key ", count: 10)
        #expect(long.withUTF8 { index.find($0, in: table) } == nil)
    }

    @Test func byteIndexWidensWhenPositionsOutgrowNarrowSlots() {
        var table = StringTable()
        var index = ByteStringIndex(narrowPositionBits: 4)
        for number in 0..<200 {
            var key = "k\(number)"
            key.withUTF8 { bytes in
                let position = Int32(table.append(validUTF8: bytes))
                index.insert(bytes, position: position, table: table)
            }
        }
        #expect(index.byteCount % 8 == 0)
        #expect(index.byteCount >= 200 * 8)
        for number in 0..<200 {
            var key = "k\(number)"
            #expect(key.withUTF8 { index.find($0, in: table) } == Int32(number))
        }
        var absent = "k200"
        #expect(absent.withUTF8 { index.find($0, in: table) } == nil)
    }

    @Test func insertIfAbsentAddsNewKeysAndFindsOldOnesAcrossRehashAndWidening() {
        var table = StringTable()
        var index = ByteStringIndex(narrowPositionBits: 6)
        for number in 0..<300 {
            var key = "k\(number % 200)"
            key.withUTF8 { bytes in
                let next = Int32(table.count)
                if let existing = index.insertIfAbsent(bytes, position: next, table: table) {
                    #expect(number >= 200)
                    #expect(existing == Int32(number % 200))
                } else {
                    #expect(number < 200)
                    table.append(validUTF8: bytes)
                }
            }
        }
        #expect(index.count == 200)
        for number in 0..<200 {
            var key = "k\(number)"
            #expect(key.withUTF8 { index.find($0, in: table) } == Int32(number))
        }
    }

    @Test func deeplyNestedMetadataCostsNoStack() throws {
        let depth = 100_000
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (corpus, report, _) = try loadText(#"{"id":"1","text":"x","deep":"# + nested + "}")
        #expect(report.problems.isEmpty)
        #expect(corpus.metadata.value(of: 0, key: "deep")?.text.count == 2 * depth)
    }

    @Test func stringTableOffsetsAndTruncate() {
        var table = StringTable()
        table.append("héllo")
        table.append("")
        table.append("world")
        #expect(table.count == 3)
        #expect(table[0] == "héllo")
        #expect(table.byteLength(1) == 0)
        table.truncate(to: 1)
        #expect(table.count == 1)
        #expect(table.byteCount == 6)
        #expect(table[0] == "héllo")
    }
}

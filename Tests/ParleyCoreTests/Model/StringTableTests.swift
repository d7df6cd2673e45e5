import Testing

@testable import ParleyCore

@Suite struct StringTableTests {
    @Test func appendReturnsConsecutivePositions() {
        var table = StringTable()
        #expect(table.isEmpty)
        #expect(table.append("alpha") == 0)
        #expect(table.append("beta") == 1)
        #expect(table.append("gamma") == 2)
        #expect(table.count == 3)
        #expect(!table.isEmpty)
        #expect([table[0], table[1], table[2]] == ["alpha", "beta", "gamma"])
        #expect(table.byteCount == 14)
    }

    @Test func emptyStringsTakeNoBytesAndKeepNeighboursApart() {
        var table = StringTable()
        table.append("")
        table.append("x")
        table.append("")
        table.append("")
        table.append("yz")
        #expect(table.count == 5)
        #expect((0..<5).map { table[$0] } == ["", "x", "", "", "yz"])
        #expect((0..<5).map { table.byteLength($0) } == [0, 1, 0, 0, 2])
        #expect(table.byteRange(4) == 1..<3)
    }

    @Test func nonASCIIRoundTripsAndCountsUTF8Bytes() {
        var table = StringTable()
        let strings = ["café", "😊", "日本語", "naïve\nline", "\u{0}nul"]
        for string in strings { table.append(string) }
        #expect((0..<strings.count).map { table[$0] } == strings)
        #expect(table.byteLength(0) == 5)
        #expect(table.byteLength(1) == 4)
        #expect(table.byteLength(2) == 9)
        #expect(table.withBytes(1) { Array($0) } == [0xF0, 0x9F, 0x98, 0x8A])
    }

    @Test func appendValidUTF8AddsTheBytesAsOneString() {
        var table = StringTable()
        table.append("first")
        let bytes: [UInt8] = Array("über".utf8)
        let position = bytes.withUnsafeBufferPointer { table.append(validUTF8: $0) }
        #expect(position == 1)
        #expect(table[1] == "über")
        #expect(table[0] == "first")
    }

    @Test func truncateDropsTheTailAndLaterAppendsReuseIt() {
        var table = StringTable()
        for string in ["one", "two", "three"] { table.append(string) }
        table.truncate(to: 1)
        #expect(table.count == 1)
        #expect(table.byteCount == 3)
        #expect(table[0] == "one")
        #expect(table.append("four") == 1)
        #expect(table[1] == "four")
        #expect(table.byteRange(1) == 3..<7)
    }

    @Test func truncateToZeroEmptiesAndTruncateBeyondCountChangesNothing() {
        var table = StringTable()
        table.append("a")
        table.append("bc")
        let before = table
        table.truncate(to: 2)
        table.truncate(to: 10)
        #expect(table == before)
        table.truncate(to: 0)
        #expect(table.isEmpty)
        #expect(table.byteCount == 0)
        #expect(table != before)
    }

    /// Strings removed in place: the first, runs of neighbours, the last, none.
    @Test func removingStringsMovesTheRestDown() {
        let strings = (0..<200).map { "s\($0)" + String(repeating: "x", count: $0 % 5) }
        for removed in [[0], [5, 6, 7, 100], [199], [], Array(0..<200), [1, 64, 65, 198]] {
            var table = StringTable()
            for string in strings { table.append(string) }
            table.remove(sortedPositions: removed)
            let expected = strings.indices.filter { !removed.contains($0) }.map { strings[$0] }
            #expect((0..<table.count).map { table[$0] } == expected, "removed \(removed)")
            #expect(table.byteCount == expected.map(\.utf8.count).reduce(0, +))
        }
    }
}

import Testing

@testable import ParleyCore

@Suite struct WordTableTests {
    @Test func swarLowercaseMatchesBytewiseForEveryASCIIByteInEveryLane() {
        for byte in UInt8(0)..<0x80 {
            for lane in 0..<SWAR.width {
                let chunk = UInt64(byte) << (UInt64(lane) * 8) | 0x4100_0000_0000_005A
                let lowered = SWAR.asciiLowercase(chunk)
                let expected = (0..<SWAR.width).reduce(UInt64(0)) { result, index in
                    let original = UInt8(truncatingIfNeeded: chunk >> (UInt64(index) * 8))
                    return result | UInt64(PythonText.asciiLowercase(original))
                        << (UInt64(index) * 8)
                }
                #expect(lowered == expected, "byte \(byte) lane \(lane)")
            }
        }
    }

    @Test func loadNeverReadsPastTheBufferAndMasksTheRest() {
        let bytes: [UInt8] = Array("abcdefghijk".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(SWAR.load(buffer, from: 0, count: 3) == SWAR.pack("abc".utf8))
            #expect(SWAR.load(buffer, from: 8, count: 3) == SWAR.pack("ijk".utf8))
            #expect(SWAR.load(buffer, from: 2, count: 8) == SWAR.pack("cdefghij".utf8))
        }
    }

    @Test func chunkedHashingEqualsBytewiseHashing() {
        for word in ["a", "good", "abcdefgh", "abcdefghi", "extraordinarily-long-word"] {
            let bytes = Array(word.utf8)
            var hasher = WordHasher()
            var offset = 0
            while offset < bytes.count {
                let count = min(SWAR.width, bytes.count - offset)
                hasher.add(chunk: SWAR.pack(bytes[offset..<offset + count]), count: count)
                offset += count
            }
            #expect(hasher.finish() == WordTable.hash(bytes), "\(word)")
        }
    }

    @Test func findsWordsOfEveryLengthInAnyCase() {
        let table = CompiledLexicon.builtIn.table
        for word in ["ok", "good", "terrible", "outstanding", "uncompelling", "wtf", ":)"] {
            let index = table.lookup(Array(word.utf8))
            #expect(index >= 0 && table.word(at: index) == Array(word.utf8), "\(word)")
        }
        #expect(table.lookup(Array("goodx".utf8)) == -1)
        let tokens = SentimentTestSupport.tokens("OUTSTANDING Terrible GoOd")
        #expect(tokens.map(\.valence) == [3.0, -2.1, 1.9])  // vader_lexicon.txt
    }
}

import Testing

@testable import ParleyCore

/// One test per bug the fuzz targets (`Sources/fuzz-*`, `fuzz/README.md`) found, named
/// after what broke. Each failed before its fix.
@Suite struct FuzzRegressionTests {
    /// A JSON Lines file whose first megabyte is broken lines: field detection gave up on
    /// the first block ("no id field found") because it counted line breaks, not records.
    @Test func jsonlDetectionReadsPastAFirstBlockOfBrokenLines() throws {
        let broken = String(repeating: "x", count: 999) + "\n"
        let records = (1...3).map { #"{"id":"\#($0)","text":"record \#($0)"}"# + "\n" }
        let scratch = ScratchDirectory()
        let path = scratch.write(
            "broken-start.jsonl", String(repeating: broken, count: 1100) + records.joined())
        let result = try CorpusLoader.load([path], options: LoadOptions())
        #expect(result.corpus.utteranceCount == 3)
        #expect(result.reports[0].skippedCount == 1100)
        #expect(result.reports[0].fieldNames[.id] == "id")
    }

    /// Blank lines counted towards detection's sample, so a tiny block that held enough of
    /// them but not the first record detected no fields, while the whole file loaded.
    /// (Minimised from a `fuzz-jsonl` crash: the block-size comparison failed.)
    @Test func jsonlDetectionDoesNotDependOnTheBlockSize() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write(
            "blank-start.jsonl",
            String(repeating: "\n", count: 1000) + #"{"id":"1","text":"hi"}"# + "\n")
        let expected = try BlockBoundaryTests.snapshot(path, blockSize: 1 << 20)
        #expect(expected.counts == [1, 1, 0])
        for blockSize in [1, 7, 64, 500, 1000] {
            #expect(try BlockBoundaryTests.snapshot(path, blockSize: blockSize) == expected)
        }
    }

    /// Inputs on which UTF-8 validation, checking 32 ASCII bytes a step, read the byte
    /// after a run that ended on a step: ASan's heap-buffer-overflow (`fuzz-csv`), and a
    /// tiny-block load that differed from a whole-file one (`fuzz-twcs`). The files
    /// after the fuzzers' plan byte. The stray read shows under AddressSanitizer (the
    /// suite's second pass); `TextHelperTests.validationStopsAtTheEndOfAnASCIIRun` shows
    /// it without.
    @Test(arguments: [
        (
            "header.csv",
            "Y3IJCQkJCQkJ9AkJCQkJCWV0X2lkLGF1dGhvcl9pZCxpYmQOYSxiLGMsZCxlLHh0cmNubgkq",
            5
        ),
        (
            "tweets.csv",
            "LHR3ZWV0X2lkLGF1bmR6Y3JlYXRlZF9hdCx0ZXh0LHJlIiwsMS4wCjIsMjNlc3Bv6OhvNnNlX3Rv"
                + "X3R3ZWV0X2lkCjAsMSxhMCAyMDE3LCIgMjAxNyxvcnBoERERERERERERERERERERERERERERERER"
                + "ERERERERERERERFdERERERERERERERERERERERERERERERERERERERERERERERERERERERERERER"
                + "ERERJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJhERERERERERERERERER"
                + "ERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERER"
                + "EREREREREREREWFuLCw5OC4wCg==",
            3
        ),
    ])
    func asciiRunsEndingOnAValidationStepAreNotReadPast(
        name: String, base64: String, blockSize: Int
    ) throws {
        let scratch = ScratchDirectory()
        let path = scratch.write(name, bytes: try #require(Self.decodeBase64(base64)))
        let expected = try? BlockBoundaryTests.snapshot(path, blockSize: 1 << 20)
        for size in [1, blockSize, 32, 33] {
            #expect((try? BlockBoundaryTests.snapshot(path, blockSize: size)) == expected)
        }
    }

    private static func decodeBase64(_ text: String) -> [UInt8]? {
        let alphabet = Array(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var bits = 0
        var buffer = 0
        var bytes: [UInt8] = []
        for character in text.utf8 where character != UInt8(ascii: "=") {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: buffer >> bits))
            }
        }
        return bytes
    }
}

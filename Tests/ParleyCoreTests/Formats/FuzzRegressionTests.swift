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
}

import Testing

@testable import ParleyCore

/// The pipeline stores texts apart from the rest of each record, and drops the text of a
/// record the builder did not add (``BatchPipeline``): every text must stay with its id,
/// whatever the block size, the format and the corpus loaded before.
@Suite struct LentTextsTests {
    /// 300 records; every seventh repeats the id of the one three before with another
    /// text.
    static func records() -> [(id: String, text: String)] {
        (0..<300).map { number in
            number % 7 == 6
                ? (id: "id\(number - 3)", text: "duplicate \(number)")
                : (id: "id\(number)", text: "text of id\(number)")
        }
    }

    static func csv() -> String {
        "id,text\n" + records().map { "\($0.id),\"\($0.text)\"\n" }.joined()
    }

    static func jsonl() -> String {
        records().map { #"{"id":"\#($0.id)","text":"\#($0.text)"}"# + "\n" }.joined()
    }

    static func expectTextsMatchIDs(_ corpus: Corpus) {
        let mismatched = corpus.utteranceIndices.filter {
            corpus.text(of: $0) != "text of \(corpus.id(of: $0))"
        }
        #expect(
            mismatched.isEmpty, "first: \(mismatched.first.map(corpus.utterance).map(\.id) ?? "")")
    }

    @Test(arguments: ["a.csv", "a.jsonl"], [7, 64, 1 << 20])
    func textsStayWithTheirIDsPastDuplicates(file: String, blockSize: Int) throws {
        let scratch = ScratchDirectory()
        let path = scratch.write(file, file.hasSuffix(".csv") ? Self.csv() : Self.jsonl())
        let result = try CorpusLoader.load(
            [path], options: LoadOptions(), appendingTo: nil, blockSize: blockSize)
        let duplicates = Self.records().count / 7
        #expect(result.corpus.utteranceCount == Self.records().count - duplicates)
        #expect(result.reports[0].skippedCount == duplicates)
        Self.expectTextsMatchIDs(result.corpus)
    }

    /// Texts lent by a builder that already holds a corpus come back after its own.
    @Test func textsStayWithTheirIDsWhenAppending() throws {
        let scratch = ScratchDirectory()
        let first = scratch.write("first.csv", "id,text\nold1,text of old1\nold2,text of old2\n")
        let loaded = try CorpusLoader.load([first], options: LoadOptions()).corpus
        let second = scratch.write("b.csv", Self.csv())
        let result = try CorpusLoader.load(
            [second], options: LoadOptions(), appendingTo: loaded, blockSize: 64)
        #expect(result.corpus.utteranceCount == 2 + Self.records().count - Self.records().count / 7)
        Self.expectTextsMatchIDs(result.corpus)
    }

    @Test func aBuilderTakesBackTextsWithoutTheDroppedOnes() {
        var builder = CorpusBuilder()
        _ = builder.add(UtteranceRecord(id: "before", text: "kept"))
        var texts = builder.lendTexts()
        for (id, text) in [("a", "A"), ("before", "dropped"), ("b", "B"), ("c", "not added")] {
            texts.append(text)
            if id == "c" { continue }  // offered, but the load stopped before adding it
            var idCopy = id
            _ = idCopy.withUTF8 { idBytes in
                builder.add(
                    validUTF8ID: idBytes, replyTo: UnsafeBufferPointer(start: nil, count: 0),
                    speaker: UnsafeBufferPointer(start: nil, count: 0), timestamp: nil,
                    text: nil, role: nil, sourceFile: -1, line: 0
                ) { _ in }
            }
        }
        builder.returnTexts(&texts, dropped: [1])
        #expect(texts.isEmpty)
        let corpus = try? builder.build()
        #expect(corpus.map { $0.utteranceIndices.map($0.text(of:)) } == ["kept", "A", "B"])
    }
}

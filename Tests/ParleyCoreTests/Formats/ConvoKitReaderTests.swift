import Testing

@testable import ParleyCore

@Suite struct ConvoKitReaderTests {
    @Test func cornellCorpusMatchesThePythonCounts() throws {
        guard let path = sharedDataPath("convokit-reddit-cornell") else { return }
        let expected = try expectedCounts("convokit-reddit-cornell")
        let result = try CorpusLoader.load([path], options: LoadOptions())
        let report = result.reports[0]
        #expect(report.format == .convokit)
        #expect(report.file == path)
        #expect(report.problems.isEmpty)
        let corpus = result.corpus
        #expect(corpus.utteranceCount == count(expected, "utterances"))
        #expect(corpus.speakerCount == count(expected, "speakers_in_utterances"))
        #expect(corpus.conversationCount == count(expected, "conversations"))
        #expect(corpus.forest.orphans.count == count(expected, "missing_parents"))
        #expect(
            corpus.utteranceIndices.map(corpus.forest.depth).max() == count(expected, "max_depth"))
    }

    @Test func metaIsFlattenedAndConversationMetaSitsOnTheRoot() throws {
        guard let path = sharedDataPath("convokit-reddit-cornell") else { return }
        let expected = try expectedCounts("convokit-reddit-cornell")
        let corpus = try CorpusLoader.load([path], options: LoadOptions()).corpus
        let first = try #require(corpus.index(ofID: expected["first_id"] as? String ?? ""))
        let score = corpus.metadata.value(of: first, key: "meta.score")
        #expect(score == .number(String(count(expected, "first_meta_score"))))
        #expect(corpus.metadata.value(of: first, key: "meta.stickied") == .bool(false))
        #expect(corpus.metadata.value(of: first, key: "meta.top_level_comment") == .null)
        #expect(
            corpus.metadata.value(of: first, key: "conversation.title")
                == .string(expected["first_title"] as? String ?? ""))
        let keys = Set(corpus.metadata.entries(of: first).map(\.key))
        #expect(keys.isDisjoint(with: ["meta", "vectors", "conversation_id"]))
        // Conversation metadata goes on roots only.
        let reply = try #require(corpus.utteranceIndices.first { corpus.forest.depth(of: $0) == 1 })
        #expect(corpus.metadata.value(of: reply, key: "conversation.title") == nil)
    }

    @Test func missingSideFilesAreTolerated() throws {
        let scratch = ScratchDirectory()
        scratch.write(
            "utterances.jsonl",
            """
            {"id": "a", "conversation_id": "a", "text": "root", "speaker": "s1", "meta": {}, "reply-to": null, "timestamp": 10, "vectors": []}
            {"id": "b", "conversation_id": "a", "text": "reply", "speaker": "s2", "meta": {"k": [1, 2]}, "reply_to": "a", "timestamp": 11, "vectors": []}

            """)
        let result = try CorpusLoader.load([scratch.path], options: LoadOptions())
        #expect(result.reports[0].problems.isEmpty)
        #expect(result.corpus.utteranceCount == 2)
        let reply = try #require(result.corpus.index(ofID: "b"))
        #expect(result.corpus.forest.parent(of: reply) == result.corpus.index(ofID: "a"))
        #expect(
            result.corpus.metadata.value(of: reply, key: "meta.k") == MetadataValue(.json, "[1,2]"))
    }

    @Test func speakerRolesComeFromSpeakersJSON() throws {
        let scratch = ScratchDirectory()
        scratch.write(
            "utterances.jsonl",
            """
            {"id": "a", "text": "hi", "speaker": "brand", "reply-to": null}
            {"id": "b", "text": "yo", "speaker": "fan", "reply-to": "a"}
            """)
        scratch.write(
            "speakers.json",
            #"{"brand": {"meta": {"role": "organization"}, "vectors": []}, "fan": {"meta": {}}}"#)
        let corpus = try CorpusLoader.load([scratch.path], options: LoadOptions()).corpus
        #expect(corpus.role(of: try #require(corpus.index(ofID: "a"))) == .organization)
        #expect(corpus.role(of: try #require(corpus.index(ofID: "b"))) == .customer)
    }

    @Test func malformedSpeakersJSONIsReportedWithItsLine() throws {
        let scratch = ScratchDirectory()
        scratch.write("utterances.jsonl", #"{"id": "a", "text": "hi", "speaker": "x"}"#)
        let speakers = scratch.write("speakers.json", "{\n\"x\": {\"meta\": {\n}")
        let result = try CorpusLoader.load([scratch.path], options: LoadOptions())
        #expect(result.corpus.utteranceCount == 1)
        #expect(
            result.reports[0].problems.map(\.location) == [SourceLocation(file: speakers, line: 3)])
        let strict = loadError([scratch.path], options: LoadOptions(policy: .stop))
        guard case .badRecord(let problem) = strict else {
            Issue.record("expected a bad record, got \(String(describing: strict))")
            return
        }
        #expect(problem.location.file == speakers)
    }

    @Test func aDirectoryWithoutUtterancesIsStillADirectoryError() throws {
        let scratch = ScratchDirectory()
        scratch.write("notes.txt", "x")
        #expect(loadError([scratch.path]) == .isDirectory(scratch.path))
    }

    @Test func namingUtterancesJSONLWithFormatReadsTheDirectory() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("utterances.jsonl", #"{"id": "a", "text": "hi", "speaker": "b"}"#)
        scratch.write("speakers.json", #"{"b": {"meta": {"role": "organization"}}}"#)
        let corpus = try CorpusLoader.load([file], options: LoadOptions(format: .convokit)).corpus
        #expect(corpus.role(of: 0) == .organization)
    }
}

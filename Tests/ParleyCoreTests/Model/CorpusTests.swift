import ParleyCore
import ParleyTestSupport
import Testing

@Suite struct CorpusTests {
    /// Two conversations: "a" (three speakers, depth 2, one utterance without a time) and
    /// "q" (no times at all), plus an orphan "o".
    private func corpus() throws -> Corpus {
        try TestCorpora.make([
            ("a", nil, "ann", "root", 100),
            ("b", "a", "bob", "first reply", 300),
            ("q", nil, "cat", "question", nil),
            ("c", "b", "ann", "deeper", nil),
            ("d", "a", "dan", "late", 900),
            ("e", "q", "ann", "answer", nil),
            ("o", "gone", "bob", "orphan", 50),
        ])
    }

    @Test func countsOfTheCorpus() throws {
        let corpus = try corpus()
        #expect(corpus.utteranceCount == 7)
        #expect(corpus.speakerCount == 4)
        #expect(corpus.conversationCount == 3)
        #expect(!corpus.isEmpty)
        #expect(Corpus().isEmpty)
        #expect(corpus.approximateByteCount > Corpus().approximateByteCount)
    }

    @Test func conversationSummariesCountDepthSpeakersAndTimes() throws {
        let summaries = try corpus().conversationSummaries()
        #expect(summaries.map(\.id) == ["a", "q", "o"])
        #expect(summaries.map(\.rootIndex) == [0, 2, 6])
        #expect(summaries.map(\.utteranceCount) == [4, 2, 1])
        #expect(summaries.map(\.maxDepth) == [2, 1, 0])
        #expect(summaries.map(\.speakerCount) == [3, 2, 1])
        #expect(summaries.map(\.firstTimestamp) == [100, nil, 50])
        #expect(summaries.map(\.lastTimestamp) == [900, nil, 50])
    }

    @Test func timesNeedNotBeInInputOrder() throws {
        let corpus = try TestCorpora.make([
            ("a", nil, "ann", "x", 500), ("b", "a", "bob", "y", 200), ("c", "a", "ann", "z", 700),
        ])
        let summary = try #require(corpus.conversationSummaries().first)
        #expect(summary.firstTimestamp == 200)
        #expect(summary.lastTimestamp == 700)
    }

    @Test func oneConversationAtATimeAgreesWithTheSummaries() throws {
        let corpus = try corpus()
        let oneByOne = (0..<corpus.conversationCount).map(corpus.conversation)
        #expect(oneByOne == corpus.conversationSummaries())
        #expect(corpus.conversations == corpus.conversationSummaries())
    }

    @Test func utteranceValueCarriesEveryColumn() throws {
        var builder = CorpusBuilder()
        _ = builder.add(UtteranceRecord(id: "a", speaker: "brand", text: "hi", role: .organization))
        _ = builder.add(
            UtteranceRecord(
                id: "b", replyTo: "a", speaker: "ann", timestamp: 1_709_543_520,
                text: "thanks, sorted!", metadata: [("likes", .number("4"))],
                source: SourceLocation(file: "blog.jsonl", line: 2)))
        _ = builder.add(UtteranceRecord(id: "c", replyTo: "b", speaker: "brand", text: "ok"))
        let corpus = try builder.build()
        let utterance = corpus.utterance(1)
        #expect(utterance.index == 1)
        #expect(utterance.id == "b")
        #expect(utterance.speaker == "ann")
        #expect(utterance.role == .customer)
        #expect(utterance.conversationID == "a")
        #expect(utterance.replyTo == "a")
        #expect(utterance.parentIndex == 0)
        #expect(utterance.timestamp == 1_709_543_520)
        #expect(utterance.text == "thanks, sorted!")
        #expect(utterance.depth == 1)
        #expect(utterance.replyCount == 1)
        #expect(utterance.metadata.map(\.key) == ["likes"])
        #expect(utterance.metadata.map(\.value) == [.number("4")])
        #expect(utterance.source == SourceLocation(file: "blog.jsonl", line: 2))
        let root = corpus.utterance(0)
        #expect(root.role == .organization)
        #expect(root.parentIndex == nil)
        #expect(root.replyTo == nil)
        #expect(root.timestamp == nil)
        #expect(root.source == nil)
        #expect(root.metadata.isEmpty)
    }

    @Test func orphanUtteranceKeepsItsReplyToButHasNoParent() throws {
        let corpus = try corpus()
        let orphan = corpus.utterance(6)
        #expect(orphan.replyTo == "gone")
        #expect(orphan.parentIndex == nil)
        #expect(orphan.conversationID == "o")
        #expect(orphan.depth == 0)
    }

    @Test func textBytesAndLookupByID() throws {
        let corpus = try TestCorpora.make([("a", nil, "ann", "café")])
        #expect(corpus.textByteCount(of: 0) == 5)
        #expect(corpus.withTextBytes(of: 0) { $0.count } == 5)
        #expect(corpus.index(ofID: "a") == 0)
        #expect(corpus.index(ofID: "b") == nil)
    }
}

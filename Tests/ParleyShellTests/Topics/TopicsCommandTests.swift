import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyShell

@Suite struct TopicsCommandTests {
    @Test func parsesEachSubcommand() throws {
        #expect(
            try TopicsRequest(["discover", "k", "7", "seed", "3"])
                == .discover(.init(topicCount: 7, seed: 3)))
        #expect(try TopicsRequest(["discover"]) == .discover(.init()))
        #expect(try TopicsRequest(["show", "2"]) == .show(2))
        #expect(
            try TopicsRequest(["promote", "2", "as", "billing"]) == .promote(2, theme: "billing"))
        #expect(try TopicsRequest(["assign"]) == .assign(threshold: 0))
        #expect(try TopicsRequest(["assign", "threshold", "0.25"]) == .assign(threshold: 0.25))
    }

    @Test func refusesMalformedWords() {
        for words in [
            [], ["discover", "k"], ["discover", "k", "-1"], ["discover", "seed", "x"],
            ["show"], ["show", "0"], ["promote", "1", "billing"], ["assign", "threshold", "nan"],
            ["assign", "threshold", "-1"], ["rediscover"],
        ] {
            #expect(throws: ShellError.self, "\(words)") { try TopicsRequest(words) }
        }
    }

    /// Loading data drops the discovery: its rows name utterances of the old corpus.
    @Test func loadingDropsTheDiscovery() throws {
        let planted = (0..<40).map {
            "apple pear plum fig \($0 % 2 == 0 ? "kiwi lime" : "oak elm")"
        }
        let session = Session()
        session.corpus = try TestCorpora.make(
            planted.enumerated().map { TestCorpora.Record("u\($0)", text: $1) })
        let sink = StringSink()
        let outcome = session.execute("topics discover k 2", results: sink, diagnostics: sink)
        #expect(!outcome.failed, "\(sink.text)")
        #expect(session.topics?.topics.count == 2)
        session.corpus = Corpus()
        #expect(session.topics == nil)
    }
}

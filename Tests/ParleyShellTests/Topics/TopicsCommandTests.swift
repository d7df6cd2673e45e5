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

    /// `topics assign` listed dominant topics without tagging anything; the issue asks it
    /// to tag each utterance with its dominant topic.
    @Test func assignTagsWithPromotedOrNumberedThemes() throws {
        let planted = (0..<40).map {
            $0 % 2 == 0 ? "apple pear plum fig kiwi lime \($0)" : "oak elm ash yew pine fir \($0)"
        }
        let session = Session()
        session.corpus = try TestCorpora.make(
            planted.enumerated().map { TestCorpora.Record("u\($0)", text: $1) })
        let sink = StringSink()
        #expect(!session.execute("topics discover k 2", results: sink, diagnostics: sink).failed)
        let shown = StringSink()
        _ = session.execute("topics show 1", results: shown, diagnostics: shown)
        // Topic 1's terms by weight: a fruit leads if it is the fruit topic.
        let fruitFirst =
            (shown.text.range(of: "apple")?.lowerBound ?? shown.text.endIndex)
            < (shown.text.range(of: "oak")?.lowerBound ?? shown.text.endIndex)
        let outcome = session.execute(
            "topics promote 1 as first; topics assign threshold 0.01", results: sink,
            diagnostics: sink)
        #expect(!outcome.failed, "\(sink.text)")
        #expect(sink.text.contains("40 topic tags recorded, 0 unchanged, 0 withdrawn"))
        let counted = StringSink()
        _ = session.execute(
            "count where theme = first; count where theme = topic_2; count where untagged",
            results: counted, diagnostics: counted)
        #expect(
            counted.text.components(separatedBy: "\n").filter { $0.hasPrefix("20\t40\t") }.count
                == 2)
        #expect(counted.text.contains("\n0\t40\t"), "\(counted.text)")
        let evenTheme = fruitFirst ? "first" : "topic_2"
        let why = StringSink()
        _ = session.execute("tag why u0", results: why, diagnostics: why)
        #expect(why.text.contains("\(evenTheme)\tapplied\ttopics\ttopic"))
        let again = StringSink()
        _ = session.execute("topics assign threshold 0.01", results: again, diagnostics: again)
        #expect(again.text.contains("0 topic tags recorded, 40 unchanged, 0 withdrawn"))
    }
}

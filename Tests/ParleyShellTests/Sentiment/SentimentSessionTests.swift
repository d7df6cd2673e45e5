import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyShell

/// The session's sentiment state: scoring on request, stale scores never shown, scores
/// dropped with the corpus, and the fields in where, sort, list and show.
@Suite struct SentimentSessionTests {
    static let corpus = """
        id,author,time,text
        u1,ann,2024-01-01T09:00:00Z,I love this great product
        u2,bob,2024-01-02T09:00:00Z,This is terrible
        u3,cat,2024-01-03T09:00:00Z,The refund arrived
        """

    /// A session with the three utterances above loaded, in plain mode.
    static func session() throws -> (Session, URL) {
        let directory = try RepositoryPaths.temporaryDirectory("sentiment-session")
        try corpus.write(
            to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let session = Session(options: SessionOptions(workingDirectory: directory.path))
        #expect(!run(session, "load c.csv").failed)
        return (session, directory)
    }

    struct Run {
        var output: String
        var errors: String
        var failed: Bool
    }

    @discardableResult
    static func run(_ session: Session, _ line: String) -> Run {
        let results = StringSink()
        let diagnostics = StringSink()
        let outcome = session.execute(line, results: results, diagnostics: diagnostics)
        return Run(output: results.text, errors: diagnostics.text, failed: outcome.failed)
    }

    @Test func fieldsAreRefusedUntilTheCorpusIsScored() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = Self.run(session, "list where compound > 0")
        #expect(before.failed)
        #expect(before.errors.contains("needs sentiment scores"))
        #expect(Self.run(session, "list sort neg").failed)
        #expect(!Self.run(session, "list").output.contains("compound"))
        #expect(!Self.run(session, "sentiment").failed)
        let after = Self.run(session, "list where compound > 0")
        #expect(!after.failed)
        #expect(after.output.contains("u1") && !after.output.contains("u2"))
    }

    @Test func aLexiconChangeRescoresBeforeTheNextRead() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        Self.run(session, "sentiment")
        #expect(Self.run(session, "count where sentiment = negative").output.contains("\n1\t"))
        Self.run(session, "lexicon set refund -2")
        #expect(session.sentiment.hasScores && !session.sentiment.isCurrent)
        let count = Self.run(session, "count where sentiment = negative")
        #expect(count.output.contains("\n2\t"))
        #expect(count.errors.contains("rescored 3 utterances"))
        #expect(session.sentiment.isCurrent)
    }

    @Test func scoresMatchTheAnalyzerWithTheSessionLexicon() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        Self.run(session, "lexicon set refund 3")
        Self.run(session, "sentiment")
        let analyzer = SentimentAnalyzer(lexicon: SentimentLexicon.vader.setting("refund", to: 3))
        let scores = try #require(session.sentiment.scores)
        for index in session.corpus.utteranceIndices {
            #expect(scores[index] == analyzer.scores(for: session.corpus.text(of: index)))
        }
        #expect(scores[2].compound > 0)
    }

    @Test func loadingDropsTheScores() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        Self.run(session, "sentiment")
        #expect(session.sentiment.hasScores)
        Self.run(session, "load c.csv")
        #expect(!session.sentiment.hasScores)
        #expect(Self.run(session, "show u1").output.contains("compound") == false)
    }

    @Test func sortByCompoundOrdersTheRows() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        Self.run(session, "sentiment")
        let rows = Self.run(session, "list sort compound desc").output.split(separator: "\n")
        #expect(rows.dropFirst().map { $0.prefix(2) } == ["u1", "u3", "u2"])
    }

    @Test func lexiconLoadReportsBadLinesWithTheirLocation() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "outage\t-2\nbroken\n".write(
            to: directory.appendingPathComponent("d.tsv"), atomically: true, encoding: .utf8)
        let load = Self.run(session, "lexicon load d.tsv")
        #expect(!load.failed)
        #expect(load.errors.contains("d.tsv:2: expected a word, a tab and a valence"))
        #expect(session.sentiment.lexicon.valence(of: "outage") == -2)
        let strict = Self.run(session, "lexicon reset outage; lexicon load d.tsv --strict")
        #expect(strict.failed)
        #expect(session.sentiment.lexicon.valence(of: "outage") == nil)
    }

    @Test func summaryCountsEveryLabelOnce() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = Self.run(session, "sentiment").output.split(separator: "\n")
        func counts(_ section: String) -> [Int] {
            lines.filter { $0.hasPrefix(section + "\t") }.compactMap {
                Int($0.split(separator: "\t")[2])
            }
        }
        #expect(counts("label") == [1, 1, 1])
        #expect(counts("histogram").count == SentimentSummary.binCount)
        #expect(counts("histogram").reduce(0, +) == 3)
        #expect(counts("role").reduce(0, +) == 3)
    }

    @Test func histogramBinsAreHalfOpenAndIncludeOne() {
        #expect(SentimentSummary.bin(of: -1) == 0)
        #expect(SentimentSummary.bin(of: -0.8) == 1)
        #expect(SentimentSummary.bin(of: -0.8001) == 0)
        #expect(SentimentSummary.bin(of: 0) == 5)
        #expect(SentimentSummary.bin(of: 1) == 9)
        #expect(SentimentSummary.binName(9) == "[0.8, 1]")
        #expect(SentimentSummary.binName(0) == "[-1, -0.8)")
    }
}

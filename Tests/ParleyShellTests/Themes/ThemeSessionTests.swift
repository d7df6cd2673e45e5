import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyShell

/// Tagging through the session: coders and times from the options, manual decisions over
/// rules, tags in where, listings and exports.
@Suite struct ThemeSessionTests {
    static let corpus = """
        id,author,time,text
        u1,ann,2024-01-01T09:00:00Z,I want a refund now
        u2,bob,2024-01-02T09:00:00Z,Thanks for the help
        u3,cat,2024-01-03T09:00:00Z,Refunded! Thanks a lot
        """
    static let codebook = """
        themes:
          - name: billing
            keywords: [refund]
            patterns: ['refund(ed)?']
          - name: praise
            keywords: [thanks]
        """

    static func session(coder: String = "ohm") throws -> (Session, URL) {
        let directory = try RepositoryPaths.temporaryDirectory("theme-session")
        try corpus.write(
            to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        try codebook.write(
            to: directory.appendingPathComponent("cb.yaml"), atomically: true, encoding: .utf8)
        let session = Session(
            options: SessionOptions(
                workingDirectory: directory.path, coder: coder, clock: { 1_700_000_000 }))
        #expect(!SentimentSessionTests.run(session, "load c.csv; codebook load cb.yaml").failed)
        return (session, directory)
    }

    @discardableResult
    static func run(_ session: Session, _ line: String) -> SentimentSessionTests.Run {
        SentimentSessionTests.run(session, line)
    }

    @Test func manualDecisionsUseTheOptionsCoderAndClock() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(Self.run(session, "tag u2 billing").output.contains("coder ohm"))
        let why = Self.run(session, "tag why u2 --times").output
        #expect(why.contains("billing\tapplied\tohm\tmanual\ttrue\ttag\t2023-11-14T22:13:20Z"))
        Self.run(session, "coder zed")
        #expect(Self.run(session, "coder").output.contains("zed"))
    }

    @Test func anUntagSurvivesTagAuto() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        Self.run(session, "tag auto")
        #expect(Self.run(session, "count where theme = billing").output.contains("\n2\t"))
        Self.run(session, "untag u1 billing")
        Self.run(session, "tag auto")
        let billed = Self.run(session, "list where theme = billing").output
        #expect(!billed.contains("u1") && billed.contains("u3"))
        #expect(Self.run(session, "count where untagged").output.contains("\n1\t"))
    }

    @Test func tagAutoRecordsTheRuleAndTheWords() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        Self.run(session, "tag auto")
        let why = Self.run(session, "tag why u3").output
        #expect(why.contains("pattern 'refund(ed)?' matched \"Refunded\""))
        #expect(why.contains("praise\tapplied\trules\trule\ttrue\tkeyword 'thanks' matched"))
    }

    @Test func listingsAndExportsCarryTheThemes() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(!Self.run(session, "list").output.contains("themes"))
        Self.run(session, "tag auto")
        #expect(Self.run(session, "list limit 1").output.contains("\tbilling\t"))
        #expect(!Self.run(session, "export out.csv").failed)
        let exported = try String(
            contentsOf: directory.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(exported.contains("billing;praise"))
    }

    @Test func removeRefusesWithoutAChoiceWhenTagsNameTheTheme() throws {
        let (session, directory) = try Self.session()
        defer { try? FileManager.default.removeItem(at: directory) }
        Self.run(session, "tag u1 praise")
        let refused = Self.run(session, "theme remove praise")
        #expect(refused.failed && refused.errors.contains("--keep-tags or --drop-tags"))
        #expect(!Self.run(session, "theme remove praise --drop-tags").failed)
        #expect(Self.run(session, "count where untagged").output.contains("\n3\t"))
    }
}

import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyShell

/// Role decisions in a session: kept across loads, explained by `roles`, and harmless to
/// sentiment scores.
@Suite struct RoleSessionTests {
    private let data = """
        id,parent,author,time,text
        a,,ann,2024-01-01T00:00:00Z,Where is my parcel?
        b,a,AcmeHelp,2024-01-01T00:14:00Z,Sorry! On its way.
        c,b,ann,2024-01-01T00:20:00Z,Great thanks

        """

    private func session() throws -> (Session, URL) {
        let directory = try RepositoryPaths.temporaryDirectory("roles")
        try Data(data.utf8).write(to: directory.appendingPathComponent("s.csv"))
        return (Session(options: SessionOptions(workingDirectory: directory.path)), directory)
    }

    private func run(_ session: Session, _ line: String) -> (String, Bool) {
        let sink = StringSink()
        let outcome = session.execute(line, results: sink, diagnostics: sink)
        return (sink.text, outcome.failed)
    }

    @Test func roleDecisionsApplyAgainAfterALoad() throws {
        let (session, directory) = try session()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = run(session, "load s.csv; role match help$ organization")
        #expect(session.corpus.speakerRoleColumn.filter { $0 == .organization }.count == 1)
        let (roles, failed) = run(session, "load s.csv; roles")
        #expect(!failed)
        #expect(roles.hasSuffix("speaker\tutterances\treason\nAcmeHelp\t1\trule match help$\n"))
        #expect(session.roleBook.changes == [.match(pattern: "help$", role: .organization)])
    }

    @Test func changingARoleKeepsTheScoresButLoadingDropsThem() throws {
        let (session, directory) = try session()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = run(session, "load s.csv; sentiment")
        #expect(session.sentiment.hasScores)
        _ = run(session, "role AcmeHelp organization")
        #expect(session.sentiment.hasScores)
        #expect(session.corpus.role(of: 1) == .organization)
        _ = run(session, "load s.csv")
        #expect(!session.sentiment.hasScores)
        #expect(session.corpus.role(of: 1) == .organization)
    }

    @Test func threadMarksTheOrganizationAndTheDelay() throws {
        let (session, directory) = try session()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (text, _) = run(session, "load s.csv; role AcmeHelp organization; thread b")
        #expect(text.contains("b\tAcmeHelp\t[org]\t2024-01-01T00:14:00Z\t14m\t"))
        #expect(text.contains("c\tann\t\t2024-01-01T00:20:00Z\t6m\t"))
    }

    @Test func aRestoredBookIsAppliedAtOnce() throws {
        let (session, directory) = try session()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = run(session, "load s.csv")
        session.setRoleBook(RoleBook(changes: [.assign(speakers: ["ann"], role: .organization)]))
        #expect(session.corpus.role(of: 0) == .organization)
        let (dialogue, failed) = run(session, "dialogue")
        #expect(!failed)
        // ann now starts the only conversation as the organization.
        #expect(dialogue.contains("overview\torganization_started\t1\t"))
    }
}

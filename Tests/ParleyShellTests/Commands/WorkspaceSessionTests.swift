import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyShell

/// The session's side of the workspace: what is unsaved, what `save` and `open` carry
/// across, and that lexicon changes and scores come back.
@Suite struct WorkspaceSessionTests {
    private func run(_ session: Session, _ line: String) -> (out: String, err: String, ok: Bool) {
        let results = StringSink()
        let diagnostics = StringSink()
        let outcome = session.execute(line, results: results, diagnostics: diagnostics)
        return (results.text, diagnostics.text, !outcome.failed)
    }

    private func session(in directory: URL) -> Session {
        Session(options: SessionOptions(mode: .plain, workingDirectory: directory.path))
    }

    @Test func unsavedWorkNamesTheChangesUntilTheyAreSaved() throws {
        let directory = try RepositoryPaths.temporaryDirectory("unsaved")
        let session = session(in: RepositoryPaths.root)
        _ = run(session, "load corpora/support-conversations.csv")
        #expect(session.unsavedWork.isEmpty, "a loaded file alone can be loaded again")
        #expect(run(session, "lexicon set refund -2").ok)
        #expect(
            session.unsavedWork == [
                "1 lexicon-entry change", "the corpus as loaded (408 utterances)",
            ])
        let saved = run(session, "save \(directory.path)/s.parley")
        #expect(saved.ok, "\(saved.err)")
        #expect(session.unsavedWork.isEmpty)
    }

    @Test func reopeningRestoresCorpusLexiconAndScoresWithoutTheSource() throws {
        let directory = try RepositoryPaths.temporaryDirectory("reopen")
        let source = directory.appendingPathComponent("c.csv")
        try FileManager.default.copyItem(
            at: RepositoryPaths.root.appendingPathComponent("corpora/support-conversations.csv"),
            to: source)
        let first = session(in: directory)
        #expect(run(first, "open w.parley; load c.csv; lexicon set refund -3; sentiment").ok)
        let expected = run(first, "list limit 3 where compound < -0.5").out
        try FileManager.default.removeItem(at: source)

        let second = session(in: directory)
        let opened = run(second, "open w.parley")
        #expect(opened.ok, "\(opened.err)")
        #expect(opened.err.contains("warning: source 'c.csv' is missing since it was imported"))
        let listed = run(second, "list limit 3 where compound < -0.5")
        #expect(listed.out == expected)
        #expect(!listed.err.contains("rescored"), "stored scores should have been reused")
        #expect(run(second, "lexicon show refund").out.contains("valence\t-3"))
    }

    @Test func openingAnotherWorkspaceIsRefusedWhileChangesAreUnsaved() throws {
        let directory = try RepositoryPaths.temporaryDirectory("refuse")
        do {
            // Closed at the end of this block, as when its Parley quits.
            let writer = session(in: RepositoryPaths.root)
            #expect(
                run(writer, "load corpora/quality-blog.jsonl; save \(directory.path)/a.parley").ok)
        }
        let session = session(in: directory)
        #expect(run(session, "lexicon set y 2").ok)
        let refused = run(session, "open a.parley")
        #expect(!refused.ok)
        #expect(refused.err.contains("unsaved changes"))
        #expect(refused.err.contains("save FILE"))
    }

    @Test func roleDecisionsAreRecordedAndReplayedOnReopen() throws {
        let directory = try RepositoryPaths.temporaryDirectory("roles")
        do {
            let first = session(in: RepositoryPaths.root)
            let setup = run(
                first,
                "load corpora/support-conversations.csv; save \(directory.path)/r.parley; "
                    + "role ingrid72 organization; role match '^grace' organization")
            #expect(setup.ok, "\(setup.err)")
            #expect(try first.annotations.counts() == [.speakerRole: 1, .roleRule: 1])
        }
        let second = session(in: directory)
        #expect(run(second, "open r.parley").ok)
        let speaker = try #require(second.corpus.speakerIndex(ofID: "ingrid72"))
        #expect(second.corpus.speaker(speaker).role == .organization)
        let grace = try #require(second.corpus.speakerIndex(ofID: "grace_cooks"))
        #expect(second.corpus.speaker(grace).role == .organization)
        #expect(second.roleBook.changes.count == 2)
    }

    /// Tags, rule runs, a rename and the codebook were kept only in memory until the
    /// themes were wired to the annotations: reopening lost them all.
    @Test func themeCodingIsRecordedAndReplayedOnReopen() throws {
        let directory = try RepositoryPaths.temporaryDirectory("themes")
        let codebook = RepositoryPaths.root.appendingPathComponent(
            "corpora/codebooks/customer-experience.yaml"
        ).path
        var expected = ""
        do {
            let first = session(in: RepositoryPaths.root)
            let setup = run(
                first,
                "load corpora/support-conversations.csv; save \(directory.path)/t.parley; "
                    + "codebook load \(codebook); tag auto; tag t0001 praise; "
                    + "untag t0001 billing; theme rename praise kudos")
            #expect(setup.ok, "\(setup.err)")
            expected = run(first, "themes").out
            #expect(expected.contains("kudos"))
        }
        let second = session(in: directory)
        let opened = run(second, "open t.parley")
        #expect(opened.ok, "\(opened.err)")
        #expect(run(second, "themes").out == expected)
        #expect(run(second, "codebook show").out.contains("kudos"))
        let why = run(second, "tag why t0001").out
        #expect(why.contains("kudos") && why.contains("rejected"))
        #expect(run(second, "workspace").out.contains("tag_decision_changes\t799"))
    }

    @Test func memosAreKeptInTheWorkspace() throws {
        let directory = try RepositoryPaths.temporaryDirectory("memos")
        do {
            let first = session(in: RepositoryPaths.root)
            let setup = run(
                first,
                "load corpora/support-conversations.csv; save \(directory.path)/m.parley; "
                    + "coder alice; memo t0001 charged twice")
            #expect(setup.ok, "\(setup.err)")
        }
        let second = session(in: directory)
        #expect(run(second, "open m.parley").ok)
        #expect(run(second, "memos").out.contains("alice\tutterance:t0001\tcharged twice"))
        #expect(run(second, "workspace").out.contains("memo_changes\t1"))
    }
}

import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyShell

@Suite struct SessionTests {
    private func session(with files: [String: String]) throws -> (Session, URL) {
        let directory = try RepositoryPaths.temporaryDirectory("session")
        for (name, contents) in files {
            try Data(contents.utf8).write(to: directory.appendingPathComponent(name))
        }
        return (Session(options: SessionOptions(workingDirectory: directory.path)), directory)
    }

    private let first = #"{"id": "a", "author": "ann", "text": "hi"}"# + "\n"
    private let second = #"{"id": "b", "parent": "a", "author": "bob", "text": "hello"}"# + "\n"

    @Test func outputSendsResultsToAFileUntilTurnedBack() throws {
        let (session, directory) = try session(with: ["a.jsonl": first])
        defer { try? FileManager.default.removeItem(at: directory) }
        let screen = StringSink()
        let outcome = session.execute(
            "load a.jsonl; output out.txt; list; output; mode", results: screen, diagnostics: screen
        )
        #expect(!outcome.failed)
        let written = try String(
            contentsOf: directory.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(written == "id\tspeaker\ttime\tdepth\treplies\ttext\na\tann\t\t0\t0\thi\n")
        #expect(!screen.text.contains("ann\t"))
        #expect(screen.text.hasSuffix("mode: plain\n"))
    }

    @Test func loadingSeveralFilesMakesOneCorpusAndAppendAddsToIt() throws {
        let third = #"{"id": "c", "parent": "b", "author": "cy", "text": "hey"}"# + "\n"
        let (session, directory) = try session(with: [
            "1.jsonl": first, "2.jsonl": second, "3.jsonl": third,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let sink = StringSink()
        _ = session.execute("load 1.jsonl 2.jsonl", results: sink, diagnostics: sink)
        #expect(session.corpus.utteranceCount == 2)
        #expect(session.corpus.forest.depth(of: 1) == 1)
        _ = session.execute("load --append 3.jsonl", results: sink, diagnostics: sink)
        #expect(session.corpus.utteranceCount == 3)
        #expect(session.corpus.forest.depth(of: 2) == 2)
        _ = session.execute("load 3.jsonl", results: sink, diagnostics: sink)
        #expect(session.corpus.utteranceCount == 1, "a plain load replaces the corpus")
    }

    @Test func aFailedLoadKeepsTheCorpusAndItsReports() throws {
        let (session, directory) = try session(with: ["1.jsonl": first])
        defer { try? FileManager.default.removeItem(at: directory) }
        let sink = StringSink()
        _ = session.execute("load 1.jsonl", results: sink, diagnostics: sink)
        let outcome = session.execute("load nothing-here.jsonl", results: sink, diagnostics: sink)
        #expect(outcome.failed)
        #expect(session.corpus.utteranceCount == 1)
        #expect(session.loadReports.map(\.file) == ["1.jsonl"])
    }

    @Test func aLineStopsAtItsFirstFailingCommand() throws {
        let session = Session()
        let sink = StringSink()
        let outcome = session.execute("mode json; nope; mode csv", results: sink, diagnostics: sink)
        #expect(outcome == LineOutcome(failed: true, quit: false))
        #expect(session.mode == .json)
    }

    @Test func quitEndsTheLineAndSaysSo() {
        let session = Session()
        let sink = StringSink()
        #expect(session.execute("quit; mode json", results: sink, diagnostics: sink).quit)
        #expect(session.mode == .plain)
        #expect(session.execute(words: ["exit"], results: sink, diagnostics: sink).quit)
    }

    @Test func wordsAreTakenLiterallyWhenGivenAsWords() throws {
        let (session, directory) = try session(with: ["my file;x.jsonl": first])
        defer { try? FileManager.default.removeItem(at: directory) }
        let sink = StringSink()
        let outcome = session.execute(
            words: ["load", "my file;x.jsonl"], results: sink, diagnostics: sink)
        #expect(!outcome.failed, "\(sink.text)")
        #expect(session.corpus.utteranceCount == 1)
    }

    @Test func notesFromTheDataAreEscaped() throws {
        let evil =
            #"{"id": "a\u001b[2J", "parent": "a\u001b[2J", "author": "x", "text": "t"}"# + "\n"
        let (session, directory) = try session(with: ["evil.jsonl": evil])
        defer { try? FileManager.default.removeItem(at: directory) }
        let results = StringSink()
        let diagnostics = StringSink()
        _ = session.execute("load evil.jsonl", results: results, diagnostics: diagnostics)
        #expect(diagnostics.text.contains(#"reply cycle a\x1b[2J → a\x1b[2J"#))
        #expect(!diagnostics.text.contains("\u{1b}"))
    }
}

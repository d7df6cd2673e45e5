import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyCore
@testable import ParleyShell

/// `export` then `load` gives the same corpus back, field by field, including text that
/// is awkward for CSV and JSON.
@Suite struct ExportRoundTripTests {
    /// Texts that have broken exporters: quotes, separators, line breaks, controls,
    /// formula triggers, the guard's own quote, non-ASCII and bidi controls.
    static let awkwardTexts = [
        "plain", "say \"hi\", then go", "two\nlines", "crlf\r\nline", "bare\rcr",
        "tab\there", "esc \u{1b}[31mred", "nul-free \u{7}bell", "=SUM(A1:A9)", "+1", "-2 dollars",
        "@mention", "\tleading tab", "'quoted", "'=already guarded", "''double", "naïve café 😀",
        "\u{202e}bidi", " padded ", "back\\slash", "",
    ]

    private func sourceCorpus() -> String {
        var lines: [String] = []
        for (number, text) in Self.awkwardTexts.enumerated() {
            let parent = number == 0 ? "null" : "\"u\(number - 1)\""
            let speaker = number % 3 == 0 ? "Brand" : "fan \(number % 4)"
            let role = number % 3 == 0 ? "organization" : "customer"
            var fields = [
                "\"id\": \"u\(number)\"", "\"reply_to\": \(parent)",
                "\"speaker\": \(JSONText.string(speaker))", "\"role\": \"\(role)\"",
                "\"timestamp\": \(1_700_000_000 + number * 61)",
                "\"text\": \(JSONText.string(text))",
                "\"score\": \(number - 5)", "\"label\": \(JSONText.string("=x" + text))",
            ]
            if number % 2 == 0 { fields.append("\"flag\": true") }
            lines.append("{" + fields.joined(separator: ", ") + "}")
        }
        lines.append(#"{"id": "orphan", "reply_to": "gone", "text": "x", "timestamp": 1.5}"#)
        return lines.joined(separator: "\n") + "\n"
    }

    private func roundTrip(_ name: String) throws -> (before: Corpus, after: Corpus) {
        let directory = try RepositoryPaths.temporaryDirectory("export")
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(sourceCorpus().utf8).write(to: directory.appendingPathComponent("in.jsonl"))
        let session = Session(options: SessionOptions(workingDirectory: directory.path))
        let sink = StringSink()
        #expect(!session.execute("load in.jsonl", results: sink, diagnostics: sink).failed)
        let before = session.corpus
        let outcome = session.execute(
            "export \(name); load \(name) --strict", results: sink, diagnostics: sink)
        #expect(!outcome.failed, "\(sink.text)")
        #expect(session.loadReports.first?.warningCount == 0)
        return (before, session.corpus)
    }

    private func expectSameUtterances(_ before: Corpus, _ after: Corpus) {
        #expect(after.utteranceCount == before.utteranceCount)
        for index in before.utteranceIndices {
            let old = before.utterance(index)
            guard let newIndex = after.index(ofID: old.id) else {
                Issue.record("\(old.id) is missing after the round trip")
                continue
            }
            let new = after.utterance(newIndex)
            #expect(new.text == old.text, "text of \(old.id)")
            #expect(new.speaker == old.speaker)
            #expect(new.role == old.role)
            #expect(new.replyTo == old.replyTo)
            #expect(new.timestamp == old.timestamp)
            #expect(new.conversationID == old.conversationID)
            #expect(new.depth == old.depth)
        }
    }

    @Test func jsonlRoundTripKeepsEveryFieldAndMetadataKind() throws {
        let (before, after) = try roundTrip("out.jsonl")
        expectSameUtterances(before, after)
        for index in before.utteranceIndices {
            let new = try #require(after.index(ofID: before.id(of: index)))
            let old = before.metadata.entries(of: index)
            let got = after.metadata.entries(of: new)
            #expect(got.map(\.key) == old.map(\.key))
            #expect(got.map(\.value) == old.map(\.value))
        }
    }

    @Test func csvRoundTripKeepsEveryFieldAndMetadataText() throws {
        let (before, after) = try roundTrip("out.csv")
        expectSameUtterances(before, after)
        for index in before.utteranceIndices {
            let new = try #require(after.index(ofID: before.id(of: index)))
            for key in before.metadata.keys {
                // CSV has no types and no absent cells: compare the texts, absent as "".
                let old = before.metadata.value(of: index, key: key)?.text ?? ""
                #expect(after.metadata.value(of: new, key: key)?.text ?? "" == old, "\(key)")
            }
        }
    }

    @Test func csvCellsAreGuardedAgainstFormulas() throws {
        #expect(ExportCommand.csvCell("=SUM(A1)", isNumber: false) == "'=SUM(A1)")
        #expect(ExportCommand.csvCell("'=x", isNumber: false) == "''=x")
        #expect(ExportCommand.csvCell("'plain", isNumber: false) == "'plain")
        #expect(ExportCommand.csvCell("-3", isNumber: true) == "-3")
        #expect(ExportCommand.csvCell("a,b", isNumber: false) == "\"a,b\"")
    }

    @Test func convokitExportLoadsBackWithTheSameStructure() throws {
        let (before, after) = try roundTrip("out-convokit --format convokit")
        #expect(after.utteranceCount == before.utteranceCount)
        #expect(after.conversationCount == before.conversationCount)
        for index in before.utteranceIndices {
            let new = try #require(after.index(ofID: before.id(of: index)))
            #expect(after.text(of: new) == before.text(of: index))
            #expect(after.role(of: new) == before.role(of: index))
            #expect(after.forest.depth(of: new) == before.forest.depth(of: index))
        }
        let orphan = try #require(after.index(ofID: "orphan"))
        #expect(after.metadata.value(of: orphan, key: "meta.reply_to_missing") == .string("gone"))
        #expect(after.metadata.value(of: 1, key: "meta.score") == .number("-4"))
    }

    @Test func exportErrorsAreOneLineAndLeaveNothingBehind() throws {
        let directory = try RepositoryPaths.temporaryDirectory("export-errors")
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(#"{"id": "a", "text": "hi"}"#.utf8).write(
            to: directory.appendingPathComponent("in.jsonl"))
        let session = Session(options: SessionOptions(workingDirectory: directory.path))
        let sink = StringSink()
        func run(_ line: String) -> String {
            let errors = StringSink()
            _ = session.execute(line, results: sink, diagnostics: errors)
            return errors.text
        }
        #expect(run("export x.jsonl").contains("nothing to export: no corpus is loaded"))
        _ = run("load in.jsonl")
        #expect(
            run("export missing/dir/out.jsonl").contains(
                "cannot export to missing/dir/out.jsonl: No such file or directory"))
        #expect(run("export out.txt").contains("cannot export to out.txt: unknown format"))
        #expect(run("export in.jsonl --format convokit").contains("it already exists"))
        #expect(run("export out.jsonl --format xml").contains("unknown export format 'xml'"))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(left == ["in.jsonl"])
    }
}

import Testing

@testable import ParleyCore

@Suite struct JSONLBadRecordTests {
    static let mixed = [
        #"{"id":"c1","text":"fine"}"#,
        #"{"id":"c2" "text":"no colon"}"#,
        #"["an","array"]"#,
        #"{"id":"c3"}"#,
        #"{"text":"no id"}"#,
        #"{"id":"c1","text":"again"}"#,
        #"{"id":"c4","text":""}"#,
        #"{"id":"c5","text":"cut"#,
    ].joined(separator: "\n")

    @Test func skipReportsEachBadRecordWithItsLine() throws {
        let (corpus, report, path) = try loadText(Self.mixed)
        #expect(
            problemLines(report) == [
                "2: malformed JSON: expected ',' or '}' at column 12",
                "3: not a JSON object (found an array)",
                "4: missing text field",
                "5: missing id field",
                "6: duplicate id 'c1' (first at line 1)",
                "8: malformed JSON: unexpected end of line at column 23",
            ])
        #expect(
            report.problems[0].description
                == "\(path):2: malformed JSON: expected ',' or '}' at column 12")
        #expect(report.recordCount == 8)
        #expect(report.loadedCount == 2)
        #expect(report.skippedCount == 6)
        #expect(report.problemCount == 6)
        #expect(corpus.utteranceCount == 2)
        #expect(corpus.text(of: 0) == "fine")
        #expect(corpus.text(of: 1) == "")
    }

    @Test func strictStopsAtTheFirstBadRecord() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("bad.jsonl", Self.mixed)
        let error = loadError([path], options: LoadOptions(policy: .stop))
        let expected = LoadProblem(
            SourceLocation(file: path, line: 2), .error,
            "malformed JSON: expected ',' or '}' at column 12")
        #expect(error == .badRecord(expected))
        #expect(
            error?.description
                == "\(path):2: malformed JSON: expected ',' or '}' at column 12 (--strict: nothing loaded)"
        )
    }

    @Test func strictStopsAtADuplicate() throws {
        let scratch = ScratchDirectory()
        let text = #"{"id":"a","text":"1"}"# + "\n\n" + #"{"id":"a","text":"2"}"# + "\n"
        let path = scratch.write("dup.jsonl", text)
        let error = loadError([path], options: LoadOptions(policy: .stop))
        #expect(
            error
                == .badRecord(
                    LoadProblem(
                        SourceLocation(file: path, line: 3), .error,
                        "duplicate id 'a' (first at line 1)")))
    }

    @Test(arguments: [
        (#"{"id":1,"text":"x",}"#, "malformed JSON: expected a string key at column 20"),
        (#"{"id":1,"text":tru}"#, "malformed JSON: expected a value at column 16"),
        (#"{"id":1,"text":"a\qb"}"#, "malformed JSON: invalid escape in string at column 18"),
        (#"{"id":1,"text":"\u12G4"}"#, "malformed JSON: invalid \\u escape in string at column 21"),
        (#"{"id":01,"text":"x"}"#, "malformed JSON: expected ',' or '}' at column 8"),
        (
            #"{"id":1,"text":"x"} extra"#,
            "malformed JSON: unexpected data after the object at column 21"
        ),
        (#"{"id":1,"text":"x","m":[1,2}"#, "malformed JSON: expected ',' or ']' at column 28"),
        (#"{"id":1,"text":-}"#, "malformed JSON: invalid number at column 17"),
        (
            "{\"id\":1,\"text\":\"a\tb\"}",
            "malformed JSON: control character in string at column 18"
        ),
        ("42", "not a JSON object (found a number)"),
        (#""text""#, "not a JSON object (found a string)"),
        ("null", "not a JSON object (found null)"),
        (#"{"id":true,"text":"x"}"#, "id is a boolean, not a string or number"),
        (#"{"id":"","text":"x"}"#, "missing id field"),
        (#"{"id":null,"text":"x"}"#, "missing id field"),
        (#"{"id":"1","text":null}"#, "missing text field"),
    ])
    func malformedRecordMessages(line: String, reason: String) throws {
        let (_, report, _) = try loadText(#"{"id":"ok","text":"ok"}"# + "\n" + line + "\n")
        #expect(problemLines(report) == ["2: \(reason)"])
        #expect(report.loadedCount == 1)
    }

    @Test func invalidUTF8IsRepairedAndWarned() throws {
        var bytes = Array(#"{"id":"1","text":"caf"#.utf8)
        bytes += [0xE9, 0x21]  // Latin-1 é, not UTF-8
        bytes += Array("\"}\n".utf8)
        let scratch = ScratchDirectory()
        let result = try CorpusLoader.load(
            [scratch.write("latin1.jsonl", bytes: bytes)], options: LoadOptions())
        let report = result.reports[0]
        #expect(problemLines(report) == ["1: warning: invalid UTF-8 replaced with U+FFFD"])
        #expect(report.warningCount == 1)
        #expect(report.skippedCount == 0)
        #expect(result.corpus.text(of: 0) == "caf\u{FFFD}!")
    }

    @Test func unpairedSurrogateIsRepairedAndWarned() throws {
        let (corpus, report, _) = try loadText(#"{"id":"1","text":"a\ud800b"}"#)
        #expect(problemLines(report) == ["1: warning: unpaired surrogate replaced with U+FFFD"])
        #expect(corpus.text(of: 0) == "a\u{FFFD}b")
    }

    @Test func unreadableTimeIsAWarningAndTheRecordLoads() throws {
        let (corpus, report, _) = try loadText(#"{"id":"1","text":"x","time":"xyz"}"#)
        #expect(problemLines(report) == ["1: warning: unreadable time 'xyz'"])
        #expect(corpus.utteranceCount == 1)
        #expect(corpus.timestamp(of: 0) == nil)
    }

    @Test func byteOrderMarkCRLFAndBlankLines() throws {
        let text =
            "\u{FEFF}" + #"{"id":"1","text":"a"}"# + "\r\n\r\n   \r\n"
            + #"{"id":"2","text":"b","parent":"1"}"# + "\r\n"
        let (corpus, report, _) = try loadText(text)
        #expect(report.problems.isEmpty)
        #expect(corpus.utteranceCount == 2)
        #expect(corpus.id(of: 0) == "1")
        #expect(corpus.text(of: 1) == "b")
        #expect(corpus.forest.parent(of: 1) == 0)
        #expect(corpus.source(of: 1)?.line == 4)
    }

    @Test func cancellationThrowsCancelled() throws {
        let lines = (0..<70_000).map { #"{"id":"\#($0)","text":"x"}"# }.joined(separator: "\n")
        let scratch = ScratchDirectory()
        let path = scratch.write("many.jsonl", lines)
        let error = loadError([path], options: LoadOptions(cancellation: Cancellation { true }))
        #expect(error == .cancelled)
    }
}

import Testing

@testable import ParleyShell

/// Control characters from data never reach the output raw, in any mode.
@Suite struct EscapingTests {
    typealias F = RenderFixtures

    /// ESC, BEL, NUL, DEL, a C1 control (CSI), a bidi override, a newline and a tab.
    static let hostile = "a\u{1B}[31mb\u{07}c\u{00}d\u{7F}e\u{9B}f\u{202E}g\nh\ti"

    @Test func tableModeShowsEveryControl() {
        #expect(
            F.render(F.cell(.text(Self.hostile)), .table)
                == "v\n" + String(repeating: "─", count: 47) + "\n"
                + #"a\x1b[31mb\x07c\x00d\x7fe\u{9b}f\u{202e}g\nh\ti"# + "\n")
    }

    @Test func plainModeShowsEveryControl() {
        #expect(
            F.render(F.cell(.text(Self.hostile)), .plain)
                == "v\n" + #"a\x1b[31mb\x07c\x00d\x7fe\u{9b}f\u{202e}g\nh\ti"# + "\n")
    }

    @Test func csvModeKeepsNewlinesInsideQuotesAndEscapesTheRest() {
        #expect(
            F.render(F.cell(.text(Self.hostile)), .csv)
                == "v\n\"" + #"a\x1b[31mb\x07c\x00d\x7fe\u{9b}f\u{202e}g"# + "\n" + #"h\ti""# + "\n"
        )
    }

    @Test func markdownModeUsesBreaksAndEscapesPipes() {
        #expect(
            F.render(F.cell(.text(Self.hostile + "|j")), .markdown)
                == "| v |\n| --- |\n| " + #"a\x1b[31mb\x07c\x00d\x7fe\u{9b}f\u{202e}g<br>h\ti\|j"#
                + " |\n")
    }

    @Test func jsonModesEscapePerRFC8259AndBeyond() {
        let expected =
            #"{"v":"a\u001b[31mb\u0007c\u0000d\u007fe\u009bf\u202eg\nh\ti"}"#
        #expect(F.render(F.cell(.text(Self.hostile)), .jsonl) == expected + "\n")
        #expect(F.render(F.cell(.text(Self.hostile)), .json) == "[\n" + expected + "\n]\n")
    }

    @Test func messagesAndProseKeepLinesButEscapeControls() {
        let message = CommandResult.message("loaded \u{1B}]0;pwned\u{07} ok\n\tnext")
        #expect(F.render(message, .table) == #"loaded \x1b]0;pwned\x07 ok"# + "\n\tnext\n")
        #expect(
            F.render(message, .json) == #"{"message":"loaded \u001b]0;pwned\u0007 ok\n\tnext"}"#
                + "\n")
    }

    @Test func carriageReturnIsShownInEveryTextMode() {
        let crlf = F.cell(.text("one\r\ntwo"))
        #expect(F.render(crlf, .plain) == "v\n" + #"one\x0d\ntwo"# + "\n")
        #expect(F.render(crlf, .csv) == "v\n\"one\\x0d\ntwo\"\n")
        #expect(F.render(crlf, .jsonl) == #"{"v":"one\r\ntwo"}"# + "\n")
    }

    @Test func everyBidiControlAndSeparatorIsNeutralised() {
        let scalars: [UInt32] = [
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029,
        ]
        for value in scalars {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "x" + String(Character(scalar)) + "y"
            let hex = String(value, radix: 16)
            #expect(TextEscaping.escape(text, .singleLine) == "x\\u{\(hex)}y")
            #expect(TextEscaping.escape(text, .csvField) == "x\\u{\(hex)}y")
            #expect(JSONWriter.string(text) == "\"x\\u\(hex)y\"")
        }
    }

    @Test func noRawControlByteInAnyModeForAnyResult() {
        var all = ""
        for value in 0..<0xA0 { all.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let results: [CommandResult] = [
            F.cell(.text(all)), .record(["k\u{1B}": .string(all)]), .message(all),
            .thread(
                ThreadView(
                    table: Table(columns: [Table.Column("t")], rows: [[.text(all)]]),
                    depths: [0], showsFullText: true)),
        ]
        for mode in OutputMode.allCases {
            for result in results {
                let output = F.render(result, mode)
                let raw = output.unicodeScalars.filter {
                    ($0.value < 0x20 && $0 != "\n" && $0 != "\t")
                        || (0x7F...0x9F).contains($0.value)
                }
                #expect(raw.isEmpty, "mode \(mode)")
            }
        }
    }

    @Test func diagnosticsAreEscapedLikeOutput() {
        #expect(
            TerminalText.visible("data.csv:3: bad id \u{1B}[2J\u{202E}x\n")
                == #"data.csv:3: bad id \x1b[2J\u{202e}x"# + "\n")
    }

    @Test func backslashStaysAsItIs() {
        #expect(TextEscaping.escape(#"C:\new\x1b"#, .singleLine) == #"C:\new\x1b"#)
        #expect(JSONWriter.string(#"a\b"#) == #""a\\b""#)
    }

    @Test func cleanTextIsReturnedUnchanged() {
        let text = "Grüße, 世界 — «ok» 👍"
        for policy in [TextEscaping.Policy.singleLine, .multiline, .csvField, .markdownCell] {
            #expect(TextEscaping.escape(text, policy) == text)
        }
    }
}

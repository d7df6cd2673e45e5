import Testing

@testable import ParleyShell

@Suite struct ErrorFormatterTests {
    @Test func scriptErrorsNameTheScriptAndLine() {
        let lines = ErrorFormatter.lines(
            for: ShellError("unknown command 'lsit'", suggestion: "did you mean 'list'?"),
            line: nil, origin: LineOrigin(name: "study.prl", line: 12))
        #expect(lines == ["study.prl:12: unknown command 'lsit' (did you mean 'list'?)"])
    }

    @Test func promptErrorsShowTheLineWithACaret() {
        let lines = ErrorFormatter.lines(
            for: ShellError("unterminated double quote", column: 5), line: #"load "x"#, origin: nil)
        #expect(lines == ["error: unterminated double quote", #"  load "x"#, "       ^"])
    }
}

/// Turns a ``ShellError`` into the lines the user sees. The only place error text is
/// composed.
enum ErrorFormatter {
    /// `origin: message (suggestion)`, then, for errors tied to a word of an interactive or
    /// script line, the line and a caret under the word.
    static func lines(for error: ShellError, line: String?, origin: LineOrigin?) -> [String] {
        var first = origin.map { "\($0.name):\($0.line): " } ?? "error: "
        first += error.message
        if let suggestion = error.suggestion { first += " (\(suggestion))" }
        var lines = [TerminalText.visible(first)]
        if let line, let column = error.column, line.count <= 200 {
            lines.append("  " + TerminalText.visible(line))
            lines.append("  " + String(repeating: " ", count: column) + "^")
        }
        return lines
    }
}

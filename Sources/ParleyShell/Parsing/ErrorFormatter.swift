/// Turns a ``ShellError`` into the lines the user sees. The only place error text is
/// composed.
enum ErrorFormatter {
    /// `origin: message (suggestion)`, then, for errors tied to a word inside a line, the
    /// line and a caret under the word. (A caret under the first word of a line says
    /// nothing the message does not.)
    static func lines(for error: ShellError, line: String?, origin: LineOrigin?) -> [String] {
        var first = origin.map { "\($0.name):\($0.line): " } ?? "error: "
        first += error.message
        if let suggestion = error.suggestion { first += " (\(suggestion))" }
        var lines = [TerminalText.visible(first)]
        if let line, let column = error.column, column > 0, line.count <= 200 {
            lines.append("  " + TerminalText.visible(line))
            lines.append("  " + String(repeating: " ", count: column) + "^")
        }
        return lines
    }
}

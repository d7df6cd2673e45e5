/// Escaping for text that bypasses the renderer, such as diagnostics and notes written to
/// stderr: the same rules as every text mode, so data quoted in a message cannot drive
/// the terminal.
enum TerminalText {
    /// `text` with control characters, escape sequences, C1 controls and bidi controls
    /// made visible (`\x1b`, `\u{9b}`, `\u{202e}`); newlines and tabs are kept.
    static func visible(_ text: String) -> String {
        TextEscaping.escape(text, .multiline)
    }
}

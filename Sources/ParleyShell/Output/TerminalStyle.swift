/// ANSI styling for table mode; every function returns its input unchanged when colour is
/// off, so no escape sequence is ever written with `RenderOptions.color == false`.
struct TerminalStyle {
    let enabled: Bool

    private static let bold = "\u{1B}[1m"
    private static let dim = "\u{1B}[2m"
    private static let reset = "\u{1B}[0m"

    /// Headers.
    func strong(_ text: String) -> String { wrap(text, Self.bold) }

    /// Rules, tree branches and footers.
    func faint(_ text: String) -> String { wrap(text, Self.dim) }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? code + text + Self.reset : text
    }
}

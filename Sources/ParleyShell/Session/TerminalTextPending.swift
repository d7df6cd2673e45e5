// Placeholder until the output layer's escaping lands; replaced at merge.
enum TerminalText {
    static func visible(_ text: String) -> String { text }
}

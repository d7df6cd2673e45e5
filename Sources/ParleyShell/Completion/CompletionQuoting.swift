/// Writes a completed word back in the line's syntax, so that `LineTokenizer` reads it as
/// the word that was meant.
enum CompletionQuoting {
    /// Characters that end or change a bare word and so need a backslash there.
    private static let special: Set<Character> = [" ", "\t", "'", "\"", "\\", ";", "#"]

    /// `value` quoted in the style the user started: inside the open quote when there is
    /// one (closed when `closing`), else with backslashes before special characters.
    static func render(_ value: String, openQuote: CompletionLineScanner.Quote, closing: Bool)
        -> String
    {
        switch openQuote {
        case .single where !value.contains("'"):
            return "'" + value + (closing ? "'" : "")
        case .single, .double:
            let escaped = value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            return "\"" + escaped + (closing ? "\"" : "")
        case .none:
            return bare(value)
        }
    }

    /// `value` as one bare word: special characters and whitespace escaped.
    static func bare(_ value: String) -> String {
        var text = ""
        for character in value {
            if special.contains(character) || character.isWhitespace { text.append("\\") }
            text.append(character)
        }
        return text
    }
}

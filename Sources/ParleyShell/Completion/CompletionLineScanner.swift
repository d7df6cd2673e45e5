/// Reads a line up to the cursor the way `LineTokenizer` reads it, to find the command
/// being typed and the word under the cursor, without failing on an unclosed quote.
struct CompletionLineScanner {
    enum Quote: Equatable {
        case none, single, double
    }

    /// The word under the cursor: where it starts and its text with quoting resolved.
    struct PartialWord: Equatable {
        var start: Int
        var text: String
        /// The quote still open at the cursor, if any.
        var openQuote: Quote
    }

    /// The words of the current command before the cursor's word (quoting resolved).
    private(set) var words: [String] = []
    private(set) var partial: PartialWord
    /// The cursor is inside a `#` comment: nothing to complete.
    private(set) var inComment = false

    private var quote = Quote.none
    private var current = ""
    private var wordStart: Int?
    private var offset = 0

    /// Scans `line` up to `cursor` (a UTF-8 offset, clamped to the line).
    init(line: String, cursor: Int) {
        let bytes = Array(line.utf8.prefix(max(0, cursor)))
        partial = PartialWord(start: bytes.count, text: "", openQuote: .none)
        var pendingEscape = false
        for character in String(decoding: bytes, as: UTF8.self) {
            if pendingEscape {
                // Inside double quotes only `\"` and `\\` are escapes, as in the tokenizer.
                if quote == .double, character != "\"", character != "\\" {
                    current.append("\\")
                }
                current.append(character)
                pendingEscape = false
            } else if !inComment {
                pendingEscape = scan(character)
            }
            offset += character.utf8.count
        }
        guard !inComment else { return }
        if let start = wordStart {
            partial = PartialWord(start: start, text: current, openQuote: quote)
        }
    }

    /// Handles one character; returns true when it escapes the next one.
    private mutating func scan(_ character: Character) -> Bool {
        switch quote {
        case .single:
            if character == "'" { quote = .none } else { current.append(character) }
        case .double:
            if character == "\"" {
                quote = .none
            } else if character == "\\" {
                return true
            } else {
                current.append(character)
            }
        case .none:
            return scanUnquoted(character)
        }
        return false
    }

    private mutating func scanUnquoted(_ character: Character) -> Bool {
        if character == "#", wordStart == nil {
            inComment = true
        } else if character == "'" || character == "\"" {
            beginWord()
            quote = character == "'" ? .single : .double
        } else if character == "\\" {
            beginWord()
            return true
        } else if character == ";" {
            endWord()
            words = []
        } else if character.isWhitespace {
            endWord()
        } else {
            beginWord()
            current.append(character)
        }
        return false
    }

    private mutating func beginWord() {
        if wordStart == nil { wordStart = offset }
    }

    private mutating func endWord() {
        guard wordStart != nil else { return }
        words.append(current)
        current = ""
        wordStart = nil
    }
}

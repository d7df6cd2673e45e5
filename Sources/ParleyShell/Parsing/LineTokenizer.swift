/// Splits a command line into commands (at unquoted `;`) and each command into words.
///
/// Shell-style: single quotes keep everything literally; double quotes allow `\"`, `\\`;
/// a backslash outside quotes keeps the next character; an unquoted `#` at the start of a
/// word comments out the rest of the line. Empty commands (`;;`, blank lines) vanish.
public enum LineTokenizer {
    public static func commands(in line: String) throws(ShellError) -> [[Word]] {
        var scanner = Scanner(line)
        return try scanner.scan()
    }

    private enum Quote { case none, single, double }

    private struct Scanner {
        let characters: [Character]
        var position = 0
        var commands: [[Word]] = []
        var words: [Word] = []
        var current = ""
        var wordStart: Int?
        var quoted = false

        init(_ line: String) { characters = Array(line) }

        mutating func scan() throws(ShellError) -> [[Word]] {
            var quote = Quote.none
            var quoteStart = 0
            while position < characters.count {
                let character = characters[position]
                switch quote {
                case .single:
                    if character == "'" { quote = .none } else { current.append(character) }
                case .double:
                    if character == "\"" {
                        quote = .none
                    } else if character == "\\", position + 1 < characters.count,
                        ["\"", "\\"].contains(characters[position + 1])
                    {
                        position += 1
                        current.append(characters[position])
                    } else {
                        current.append(character)
                    }
                case .none:
                    if character == "#", wordStart == nil {
                        position = characters.count
                        continue
                    }
                    if character == "'" || character == "\"" {
                        beginWord()
                        quoted = true
                        quote = character == "'" ? .single : .double
                        quoteStart = position
                    } else if character == "\\" {
                        beginWord()
                        position += 1
                        if position < characters.count { current.append(characters[position]) }
                    } else if character == ";" {
                        endWord()
                        endCommand()
                    } else if character.isWhitespace {
                        endWord()
                    } else {
                        beginWord()
                        current.append(character)
                    }
                }
                position += 1
            }
            if quote != .none {
                throw ShellError(
                    "unterminated \(quote == .single ? "single" : "double") quote",
                    column: quoteStart)
            }
            endWord()
            endCommand()
            return commands
        }

        mutating func beginWord() {
            if wordStart == nil { wordStart = position }
        }

        mutating func endWord() {
            guard let start = wordStart else { return }
            let raw = String(characters[start..<min(position, characters.count)])
            words.append(Word(current, column: start, wasQuoted: quoted, raw: raw))
            current = ""
            wordStart = nil
            quoted = false
        }

        mutating func endCommand() {
            if !words.isEmpty { commands.append(words) }
            words = []
        }
    }
}

/// Splits a `where` expression into tokens.
///
/// The expression arrives as the shell words it was typed as (quotes kept), each with its
/// column, so every token knows its column in the typed line. Quoting is the shell's:
/// single quotes keep everything, double quotes allow `\"` and `\\`.
public enum QueryLexer {
    public static func tokens(in segments: [QuerySourceSegment]) throws(QueryError) -> [QueryToken]
    {
        var tokens: [QueryToken] = []
        var endColumn = 0
        for segment in segments {
            var scanner = Scanner(Array(segment.raw), column: segment.column)
            try scanner.scan(into: &tokens)
            endColumn = segment.column + segment.raw.count
        }
        tokens.append(QueryToken(.end, text: "", column: endColumn))
        return tokens
    }

    /// Tokens of one expression typed as a single string starting at column 0 (tests, API).
    public static func tokens(in expression: String) throws(QueryError) -> [QueryToken] {
        try tokens(in: [QuerySourceSegment(raw: expression, column: 0)])
    }

    private struct Scanner {
        let characters: [Character]
        let column: Int
        var position = 0

        init(_ characters: [Character], column: Int) {
            self.characters = characters
            self.column = column
        }

        mutating func scan(into tokens: inout [QueryToken]) throws(QueryError) {
            while position < characters.count {
                let character = characters[position]
                let start = position
                if character.isWhitespace {
                    position += 1
                    continue
                }
                let kind: QueryToken.Kind
                if character == "'" || character == "\"" {
                    kind = .string(try quoted(character))
                } else if character.isNumber && character.isASCII {
                    kind = try numberLike()
                } else if character == "-", startsNegativeNumber(after: tokens.last) {
                    position += 1
                    kind = try negated(numberLike(), at: start)
                } else if let symbol = symbol() {
                    kind = .symbol(symbol)
                } else if Self.isWordCharacter(character) || character == "\\" {
                    kind = .word(word())
                } else {
                    throw QueryError("unexpected character '\(character)'", column: column + start)
                }
                let text = String(characters[start..<position])
                tokens.append(QueryToken(kind, text: text, column: column + start))
            }
        }

        /// A minus is a sign where a value is expected: after an operator, `(`, `,` or at
        /// the start.
        func startsNegativeNumber(after previous: QueryToken?) -> Bool {
            guard position + 1 < characters.count, characters[position + 1].isASCII,
                characters[position + 1].isNumber
            else { return false }
            switch previous?.kind {
            case .none, .symbol: return true
            case .word(let word): return ["in", "and", "or", "not"].contains(word.lowercased())
            default: return false
            }
        }

        func negated(_ kind: QueryToken.Kind, at start: Int) throws(QueryError) -> QueryToken.Kind {
            switch kind {
            case .number(let value): return .number(-value)
            case .duration(let value): return .duration(-value)
            default: throw QueryError("a minus sign needs a number", column: column + start)
            }
        }

        mutating func quoted(_ quote: Character) throws(QueryError) -> String {
            let start = position
            position += 1
            var text = ""
            while position < characters.count {
                let character = characters[position]
                position += 1
                if character == quote { return text }
                if quote == "\"", character == "\\", position < characters.count,
                    ["\"", "\\"].contains(characters[position])
                {
                    text.append(characters[position])
                    position += 1
                } else {
                    text.append(character)
                }
            }
            throw QueryError("unterminated quote", column: column + start)
        }

        mutating func symbol() -> QueryToken.Symbol? {
            // Two-character operators come first in `allCases`.
            for symbol in QueryToken.Symbol.allCases {
                let spelling = Array(symbol.rawValue)
                let end = position + spelling.count
                if end <= characters.count, Array(characters[position..<end]) == spelling {
                    position = end
                    return symbol
                }
            }
            return nil
        }

        /// A bare word; a backslash keeps the next character, as the shell's does.
        mutating func word() -> String {
            var word = ""
            while position < characters.count {
                let character = characters[position]
                if character == "\\", position + 1 < characters.count {
                    word.append(characters[position + 1])
                    position += 2
                } else if Self.isWordCharacter(character) || character == "-" {
                    word.append(character)
                    position += 1
                } else {
                    break
                }
            }
            return word
        }

        /// Letters, digits, `_ . @ : /` and anything outside ASCII: enough for field names,
        /// speaker names such as `bethany.t` and ids such as `t0004` to go unquoted.
        static func isWordCharacter(_ character: Character) -> Bool {
            if !character.isASCII { return !character.isWhitespace }
            return character.isLetter || character.isNumber || "_.@:/#".contains(character)
        }

        /// A run starting with a digit: a number, a time, a duration, or else a bare word
        /// (an id such as `123abc`).
        mutating func numberLike() throws(QueryError) -> QueryToken.Kind {
            let start = position
            while position < characters.count,
                characters[position].isASCII,
                characters[position].isLetter || characters[position].isNumber
                    || ".:-".contains(characters[position])
            {
                position += 1
            }
            let text = String(characters[start..<position])
            return try QueryLiteralText.classify(text, column: column + start)
        }
    }
}

/// One token of a `where` expression, with the column where it starts in the typed line.
public struct QueryToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A bare word: a field name, a keyword (`and`, `contains`, …) or an unquoted value.
        case word(String)
        /// A quoted string, quotes removed.
        case string(String)
        case number(Double)
        /// A date or date and time (`2017-10-31`, `2017-10-31T22:10`), seconds since the
        /// epoch, UTC.
        case time(Double)
        /// `45s`, `30m`, `2h`, `3d`, `1w`, in seconds.
        case duration(Double)
        case symbol(Symbol)
        case end
    }

    /// Punctuation and operators.
    public enum Symbol: String, Sendable, CaseIterable {
        case equal = "="
        case notEqual = "!="
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case less = "<"
        case greater = ">"
        case tilde = "~"
        case plus = "+"
        case minus = "-"
        case leftParenthesis = "("
        case rightParenthesis = ")"
        case comma = ","
    }

    public var kind: Kind
    /// The token as typed (quotes included), for messages.
    public var text: String
    public var column: Int

    public init(_ kind: Kind, text: String, column: Int) {
        self.kind = kind
        self.text = text
        self.column = column
    }

    /// The bare word in lower case, when the token is one (keywords ignore case).
    var keyword: String? {
        if case .word(let word) = kind { return word.lowercased() }
        return nil
    }
}

/// Part of a typed line that holds an expression: a shell word as typed (quotes kept)
/// and its column.
public struct QuerySourceSegment: Sendable, Equatable {
    public var raw: String
    public var column: Int

    public init(raw: String, column: Int) {
        self.raw = raw
        self.column = column
    }
}

/// A parsed `where` expression: typed, checked, and independent of any corpus.
public indirect enum QueryExpression: Sendable, Equatable {
    /// Every part holds (`and`).
    case all([QueryExpression])
    /// Some part holds (`or`).
    case any([QueryExpression])
    case not(QueryExpression)
    case test(QueryTest)
}

/// One field tested one way: `depth > 2`, `text contains 'refund'`, `is_root`.
public struct QueryTest: Sendable, Equatable {
    public var field: QueryField
    /// Where the field's name was typed, for errors found when evaluating.
    public var column: Int
    public var condition: QueryCondition

    public init(_ field: QueryField, column: Int, _ condition: QueryCondition) {
        self.field = field
        self.column = column
        self.condition = condition
    }
}

public enum QueryCondition: Sendable, Equatable {
    /// A yes/no field on its own (`is_root`).
    case isTrue
    case compare(QueryComparison, QueryLiteral)
    /// `~`: a case-insensitive POSIX extended regular expression.
    case matches(QueryLiteral)
    /// A case-insensitive word or phrase on word boundaries.
    case contains(QueryLiteral)
    case isIn([QueryLiteral])
}

public enum QueryComparison: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Whether `left` relates to `right` this way.
    func holds<T: Comparable>(_ left: T, _ right: T) -> Bool {
        switch self {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        case .greaterOrEqual: left >= right
        }
    }
}

/// A value typed in an expression, with where it was typed.
public struct QueryLiteral: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// Seconds since the epoch, UTC.
        case time(Double)
        case duration(Double)
        case bool(Bool)
        case null
    }

    public var value: Value
    /// The value as typed, without quotes: what string fields compare with (so `id = 0042`
    /// finds the id `0042`, not the number 42).
    public var text: String
    public var column: Int

    public init(_ value: Value, text: String, column: Int) {
        self.value = value
        self.text = text
        self.column = column
    }

    /// The literal as a number, when it is one.
    var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }
}

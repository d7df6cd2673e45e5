/// Parses a `where` expression into a ``QueryExpression``.
///
/// Grammar (keywords ignore case; `not` binds tighter than `and`, `and` than `or`):
/// ```
/// expression := conjunction ('or' conjunction)*
/// conjunction := negation ('and' negation)*
/// negation   := 'not' negation | '(' expression ')' | test
/// test       := FIELD                                  (a yes/no field)
///             | FIELD ('=' | '!=' | '<' | '<=' | '>' | '>=') value
///             | FIELD '~' value | FIELD ['not'] 'contains' value
///             | FIELD ['not'] 'in' '(' value (',' value)* ')'
/// value      := STRING | NUMBER | WORD | 'true' | 'false' | 'null'
///             | TIME (('+' | '-') DURATION)? | DURATION
/// ```
public struct QueryParser {
    /// Nesting deeper than this is refused: the parser and the evaluator recurse, and
    /// nobody types a hundred parentheses.
    public static let maximumNesting = 100

    private let tokens: [QueryToken]
    private var position = 0
    private var nesting = 0

    private init(tokens: [QueryToken]) { self.tokens = tokens }

    public static func parse(_ segments: [QuerySourceSegment]) throws(QueryError)
        -> QueryExpression
    {
        let tokens = try QueryLexer.tokens(in: segments)
        var parser = QueryParser(tokens: tokens)
        guard tokens.count > 1 else {
            throw QueryError(
                "where needs an expression, such as: role = customer", column: tokens[0].column)
        }
        let expression = try parser.expression()
        let next = parser.current
        if next.kind != .end {
            throw QueryError(
                "expected 'and', 'or' or the end of the expression, found '\(next.text)'",
                column: next.column)
        }
        return expression
    }

    /// Parses an expression typed as one string starting at column 0.
    public static func parse(_ expression: String) throws(QueryError) -> QueryExpression {
        try parse([QuerySourceSegment(raw: expression, column: 0)])
    }

    var current: QueryToken { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() -> QueryToken {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func takeKeyword(_ keyword: String) -> Bool {
        guard current.keyword == keyword else { return false }
        position += 1
        return true
    }

    private mutating func expression() throws(QueryError) -> QueryExpression {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Self.maximumNesting {
            throw QueryError("the expression nests too deeply", column: current.column)
        }
        var parts = [try conjunction()]
        while takeKeyword("or") { parts.append(try conjunction()) }
        return parts.count == 1 ? parts[0] : .any(parts)
    }

    private mutating func conjunction() throws(QueryError) -> QueryExpression {
        var parts = [try negation()]
        while takeKeyword("and") { parts.append(try negation()) }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func negation() throws(QueryError) -> QueryExpression {
        var negations = 0
        while takeKeyword("not") { negations += 1 }
        let inner: QueryExpression
        if current.kind == .symbol(.leftParenthesis) {
            let open = advance()
            inner = try expression()
            guard current.kind == .symbol(.rightParenthesis) else {
                throw QueryError(
                    "expected ')' to close the '(' at column \(open.column + 1), found "
                        + describe(current), column: current.column)
            }
            position += 1
        } else {
            inner = .test(try test())
        }
        return negations % 2 == 0 ? inner : .not(inner)
    }

    private mutating func test() throws(QueryError) -> QueryTest {
        let token = current
        guard case .word(let name) = token.kind, !QueryKeywords.reserved.contains(name.lowercased())
        else {
            throw QueryError(
                "expected a field name, found " + describe(token), column: token.column)
        }
        guard let field = QueryField(name: name) else {
            let hint = name.contains(".") ? "metadata fields are written meta.NAME" : nil
            throw QueryError(
                "unknown field '\(name)'", column: token.column, suggestion: hint,
                misspelling: .init(word: name, candidates: QueryField.names))
        }
        position += 1
        let condition = try self.condition(for: field, at: token)
        var test = QueryTest(field, column: token.column, condition)
        try QueryTypeCheck.check(&test)
        return test
    }

    private mutating func condition(for field: QueryField, at fieldToken: QueryToken)
        throws(QueryError) -> QueryCondition
    {
        let token = current
        if case .symbol(let symbol) = token.kind,
            let comparison = QueryComparison(rawValue: symbol.rawValue)
        {
            position += 1
            return .compare(comparison, try value())
        }
        if token.kind == .symbol(.tilde) {
            position += 1
            return .matches(try value())
        }
        if takeKeyword("contains") { return .contains(try value()) }
        if takeKeyword("in") { return .isIn(try valueList()) }
        if current.keyword == "not",
            let next = tokens.dropFirst(position + 1).first?.keyword,
            ["in", "contains"].contains(next)
        {
            throw QueryError(
                "write 'not \(field.name) \(next) …' rather than '\(field.name) not \(next) …'",
                column: token.column)
        }
        if field.valueType == .bool { return .isTrue }
        throw QueryError(
            "expected an operator after '\(fieldToken.text)' (= != < <= > >= ~ contains in), "
                + "found " + describe(token), column: token.column)
    }

    private mutating func valueList() throws(QueryError) -> [QueryLiteral] {
        guard current.kind == .symbol(.leftParenthesis) else {
            throw QueryError(
                "expected '(' to start the list after 'in', found " + describe(current),
                column: current.column)
        }
        position += 1
        var values = [try value()]
        while current.kind == .symbol(.comma) {
            position += 1
            values.append(try value())
        }
        guard current.kind == .symbol(.rightParenthesis) else {
            throw QueryError(
                "expected ',' or ')' in the list, found " + describe(current),
                column: current.column)
        }
        position += 1
        return values
    }

    private mutating func value() throws(QueryError) -> QueryLiteral {
        let token = advance()
        switch token.kind {
        case .string(let text): return QueryLiteral(.text(text), text: text, column: token.column)
        case .number(let number):
            return QueryLiteral(.number(number), text: token.text, column: token.column)
        case .duration(let seconds):
            return QueryLiteral(.duration(seconds), text: token.text, column: token.column)
        case .time(let seconds):
            let start = position
            let moved = try timeOffset(seconds)
            let typed = ([token] + tokens[start..<position]).map(\.text).joined(separator: " ")
            return QueryLiteral(.time(moved), text: typed, column: token.column)
        case .word(let word):
            switch word.lowercased() {
            case "true": return QueryLiteral(.bool(true), text: word, column: token.column)
            case "false": return QueryLiteral(.bool(false), text: word, column: token.column)
            case "null": return QueryLiteral(.null, text: word, column: token.column)
            case let keyword where QueryKeywords.reserved.contains(keyword):
                throw QueryError(
                    "expected a value, found '\(word)' (quote it to use it as text)",
                    column: token.column)
            default: return QueryLiteral(.text(word), text: word, column: token.column)
            }
        case .symbol, .end:
            throw QueryError("expected a value, found " + describe(token), column: token.column)
        }
    }

    /// `2024-05-01 + 12h`: a time moved by a duration.
    private mutating func timeOffset(_ seconds: Double) throws(QueryError) -> Double {
        guard case .symbol(let symbol) = current.kind, symbol == .plus || symbol == .minus else {
            return seconds
        }
        position += 1
        let token = advance()
        guard case .duration(let offset) = token.kind else {
            throw QueryError(
                "expected a duration such as 2h or 3d after '\(symbol.rawValue)', found "
                    + describe(token), column: token.column)
        }
        return symbol == .plus ? seconds + offset : seconds - offset
    }

    private func describe(_ token: QueryToken) -> String {
        token.kind == .end ? "the end of the expression" : "'\(token.text)'"
    }
}

/// Checks that a test makes sense for its field's type, and turns literals into the type
/// the field compares with (a quoted date for `time`, `customer` for `role`).
enum QueryTypeCheck {
    static func check(_ test: inout QueryTest) throws(QueryError) {
        let field = test.field
        switch test.condition {
        case .isTrue:
            break
        case .compare(let comparison, let literal):
            test.condition = .compare(comparison, try convert(literal, for: field, comparison))
        case .isIn(let literals):
            var converted: [QueryLiteral] = []
            for literal in literals { converted.append(try convert(literal, for: field, .equal)) }
            test.condition = .isIn(converted)
        case .matches(let literal), .contains(let literal):
            let isMatch: Bool
            if case .matches = test.condition { isMatch = true } else { isMatch = false }
            let spelling = isMatch ? "~" : "contains"
            guard [.string, .metadata, .role].contains(field.valueType) else {
                throw QueryError(
                    "\(field.name) \(typeDescription(field)): '\(spelling)' works on text",
                    column: test.column)
            }
            if literal.text.isEmpty, !isMatch {
                throw QueryError("contains needs a word or phrase", column: literal.column)
            }
        }
    }

    private static func convert(
        _ literal: QueryLiteral, for field: QueryField, _ comparison: QueryComparison
    ) throws(QueryError) -> QueryLiteral {
        let ordering = comparison != .equal && comparison != .notEqual
        switch field.valueType {
        case .string, .metadata:
            if literal.value == .null, field.valueType == .string {
                throw QueryError("\(field.name) is never null", column: literal.column)
            }
            if case .bool = literal.value, field.valueType == .string {
                return QueryLiteral(.text(literal.text), text: literal.text, column: literal.column)
            }
            return literal
        case .number:
            guard literal.number != nil else {
                throw QueryError(
                    "\(field.name) is a number: compare it with a number, not '\(literal.text)'",
                    column: literal.column)
            }
            return literal
        case .bool:
            guard case .bool = literal.value, !ordering else {
                throw QueryError(
                    "\(field.name) is true or false: write '\(field.name)' or "
                        + "'not \(field.name)'", column: literal.column)
            }
            return literal
        case .role:
            return try role(literal, ordering: ordering)
        case .time:
            return try time(literal, ordering: ordering)
        }
    }

    private static func role(_ literal: QueryLiteral, ordering: Bool) throws(QueryError)
        -> QueryLiteral
    {
        let names = Role.allCases.map(\.rawValue)
        if ordering {
            throw QueryError("role is compared with = or != only", column: literal.column)
        }
        guard names.contains(literal.text.lowercased()) else {
            throw QueryError(
                "role is customer or organization, not '\(literal.text)'", column: literal.column,
                misspelling: .init(word: literal.text, candidates: names))
        }
        let name = literal.text.lowercased()
        return QueryLiteral(.text(name), text: name, column: literal.column)
    }

    private static func time(_ literal: QueryLiteral, ordering: Bool) throws(QueryError)
        -> QueryLiteral
    {
        switch literal.value {
        case .time: return literal
        case .null where !ordering: return literal
        case .text(let text):
            if let seconds = TimestampParser.parse(text) {
                return QueryLiteral(.time(seconds), text: text, column: literal.column)
            }
        default: break
        }
        throw QueryError(
            "time is compared with a date or time such as 2024-05-01 or 2024-05-01T14:30, "
                + "not '\(literal.text)'", column: literal.column)
    }

    private static func typeDescription(_ field: QueryField) -> String {
        switch field.valueType {
        case .number: "is a number"
        case .time: "is a time"
        case .bool: "is true or false"
        default: "is text"
        }
    }
}

/// Tests of short string fields (ids, speakers, roles, metadata text) as closures.
enum StringTest {
    static func make(_ condition: QueryCondition) throws(QueryError) -> (String) -> Bool {
        switch condition {
        case .compare(let comparison, let literal):
            let target = literal.text
            return { comparison.holds($0, target) }
        case .isIn(let literals):
            let targets = Set(literals.map(\.text))
            return { targets.contains($0) }
        case .matches(let literal):
            let regex = try compileRegex(literal)
            return { value in
                var copy = value
                return copy.withUTF8 { regex.matches($0) }
            }
        case .contains(let literal):
            let phrase = try phraseMatcher(literal)
            return { value in
                var copy = value
                return copy.withUTF8 { phrase.matches($0) }
            }
        case .isTrue:
            return { _ in false }  // refused by the type check
        }
    }

    /// The literal as a regular expression, or an error pointing at it.
    static func compileRegex(_ literal: QueryLiteral, reportsRanges: Bool = false)
        throws(QueryError) -> POSIXRegex
    {
        do {
            return try POSIXRegex(literal.text, reportsRanges: reportsRanges)
        } catch {
            throw QueryError(
                "bad regular expression '\(literal.text)': \(error.message)",
                column: literal.column)
        }
    }

    static func phraseMatcher(_ literal: QueryLiteral) throws(QueryError) -> PhraseMatcher {
        guard let matcher = PhraseMatcher(literal.text) else {
            throw QueryError("contains needs a word or phrase", column: literal.column)
        }
        return matcher
    }
}

/// Tests of utterance texts, on their bytes in place.
enum TextTest {
    static func make(_ condition: QueryCondition, _ corpus: Corpus) throws(QueryError)
        -> (Int) -> Bool
    {
        switch condition {
        case .matches(let literal):
            let regex = try StringTest.compileRegex(literal)
            return { corpus.withTextBytes(of: $0) { regex.matches($0) } }
        case .contains(let literal):
            let phrase = try StringTest.phraseMatcher(literal)
            return { corpus.withTextBytes(of: $0) { phrase.matches($0) } }
        case .compare(let comparison, let literal)
        where comparison == .equal || comparison == .notEqual:
            let target = Array(literal.text.utf8)
            let wanted = comparison == .equal
            return { corpus.withTextBytes(of: $0) { $0.elementsEqual(target) } == wanted }
        default:
            let matches = try StringTest.make(condition)
            return { matches(corpus.text(of: $0)) }
        }
    }
}

/// Tests of `meta.NAME`: numbers compare as numbers when both sides are numbers, dates
/// as times when the literal is a date, everything else as text. A missing key (or a JSON
/// null) satisfies only `= null`.
enum MetadataTest {
    static func make(_ condition: QueryCondition, key: String, _ corpus: Corpus)
        throws(QueryError) -> (Int) -> Bool
    {
        let metadata = corpus.metadata
        if case .compare(let comparison, let literal) = condition, literal.value == .null {
            let wantsMissing = comparison == .equal
            return { index in
                let value = metadata.value(of: index, key: key)
                return (value == nil || value?.kind == .null) == wantsMissing
            }
        }
        let matches = try valueTest(condition)
        return { index in
            guard let value = metadata.value(of: index, key: key), value.kind != .null else {
                return false
            }
            return matches(value)
        }
    }

    private static func valueTest(_ condition: QueryCondition) throws(QueryError)
        -> (MetadataValue) -> Bool
    {
        switch condition {
        case .compare(let comparison, let literal):
            return compare(comparison, literal)
        case .isIn(let literals):
            let tests = literals.map { compare(.equal, $0) }
            return { value in tests.contains { $0(value) } }
        default:
            let matches = try StringTest.make(condition)
            return { matches($0.text) }
        }
    }

    private static func compare(_ comparison: QueryComparison, _ literal: QueryLiteral)
        -> (MetadataValue) -> Bool
    {
        switch literal.value {
        case .number(let target), .duration(let target):
            return { value in
                guard let number = value.number else {
                    return comparison.holds(value.text, literal.text)
                }
                return comparison.holds(number, target)
            }
        case .time(let target):
            return { value in
                guard let time = TimestampParser.parse(value.text) else { return false }
                return comparison.holds(time, target)
            }
        case .text, .bool, .null:
            let target = literal.text
            return { comparison.holds($0.text, target) }
        }
    }
}

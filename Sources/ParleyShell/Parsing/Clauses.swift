import ParleyCore

/// The clauses shared by commands: `where EXPR`, `sort FIELD [desc|asc]` and `limit N`, in
/// any order after the command's own words; and `where A vs B` for commands that compare
/// two groups.
///
/// A `where` expression runs to the next unquoted clause word (``expressionEnds``); quote
/// such a word to use it as a value inside an expression.
public struct Clauses: Sendable, Equatable {
    public struct Sort: Sendable, Equatable {
        public var field: String
        public var descending: Bool
    }

    public var sort: Sort?
    public var limit: Int?
    /// The `where` expression, parsed (its columns are those of the typed line).
    public var filter: QueryExpression?
    /// The expression after `vs` in `where A vs B` (then `filter` is A).
    public var versus: QueryExpression?
    /// The session's sentiment scores, filled in by the dispatcher when the clauses read
    /// them (see ``readsSentiment``); nil when the corpus has not been scored.
    public var sentiment: SentimentColumn?
    /// The tags in force, filled in by the dispatcher for `theme`, `untagged` and
    /// `disagreement`.
    public var themes: UtteranceThemes = .none

    public init(
        sort: Sort? = nil, limit: Int? = nil, filter: QueryExpression? = nil,
        versus: QueryExpression? = nil
    ) {
        self.sort = sort
        self.limit = limit
        self.filter = filter
        self.versus = versus
    }

    /// Unquoted words that end a `where` expression.
    public static let expressionEnds: Set<String> = [
        "where", "vs", "sort", "limit", "by", "width", "top", "as",
    ]

    /// Takes the clauses out of `words`, leaving the command's own words. Only unquoted
    /// keywords count, so `show 'limit'` still shows an utterance called `limit`.
    static func extract(
        from words: [Word], sortFields: [String], allowsLimit: Bool
    ) throws(ShellError) -> (clauses: Clauses, rest: [Word]) {
        var clauses = Clauses()
        var rest: [Word] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if !word.wasQuoted, word.text == "limit", allowsLimit {
                clauses.limit = try limitValue(words, after: index)
                index += 2
            } else if !word.wasQuoted, word.text == "sort", !sortFields.isEmpty {
                let (sort, used) = try sortValue(words, after: index, fields: sortFields)
                clauses.sort = sort
                index += used
            } else if !word.wasQuoted, word.text == "where" {
                guard clauses.filter == nil else {
                    throw ShellError(
                        "where is given twice: join the conditions with 'and'",
                        column: word.column)
                }
                index = try whereClause(words, at: index, into: &clauses)
            } else {
                rest.append(word)
                index += 1
            }
        }
        return (clauses, rest)
    }

    /// `where A [vs [where] B]`; returns the index after it.
    private static func whereClause(_ words: [Word], at index: Int, into clauses: inout Clauses)
        throws(ShellError) -> Int
    {
        var (expression, next) = try expression(words, after: index)
        clauses.filter = expression
        if next < words.count, !words[next].wasQuoted, words[next].text == "vs" {
            var start = next
            if start + 1 < words.count, !words[start + 1].wasQuoted,
                words[start + 1].text == "where"
            {
                start += 1
            }
            (expression, next) = try self.expression(words, after: start)
            clauses.versus = expression
        }
        return next
    }

    /// The expression in the words after `words[index]` (a `where` or `vs`), up to the
    /// next clause word; and the index after it.
    private static func expression(_ words: [Word], after index: Int) throws(ShellError)
        -> (QueryExpression, next: Int)
    {
        var end = index + 1
        while end < words.count, words[end].wasQuoted || !expressionEnds.contains(words[end].text) {
            end += 1
        }
        let keyword = words[index]
        guard end > index + 1 else {
            throw ShellError(
                "\(keyword.text) needs an expression, such as: role = customer",
                column: keyword.column)
        }
        let segments = words[(index + 1)..<end].map {
            QuerySourceSegment(raw: $0.raw, column: $0.column)
        }
        do {
            return (try QueryParser.parse(segments), end)
        } catch {
            throw ShellError(error)
        }
    }

    /// The filter compiled for `corpus`; nil when there is no `where`.
    func predicate(in corpus: Corpus) throws(ShellError) -> QueryPredicate? {
        try filter.map { expression throws(ShellError) in
            try Self.compile(expression, corpus, sentiment: sentiment, themes: themes)
        }
    }

    /// `expression` compiled for `corpus`, its errors as shell errors.
    static func compile(
        _ expression: QueryExpression, _ corpus: Corpus, sentiment: SentimentColumn? = nil,
        themes: UtteranceThemes = .none
    ) throws(ShellError) -> QueryPredicate {
        do {
            return try QueryPredicate(
                expression, in: corpus, sentiment: sentiment, themes: themes)
        } catch {
            throw ShellError(error)
        }
    }

    /// The utterances the filter accepts, in corpus order (all of them without `where`).
    func matchingIndices(in corpus: Corpus) throws(ShellError) -> [Int] {
        guard let predicate = try predicate(in: corpus) else {
            return Array(corpus.utteranceIndices)
        }
        return predicate.matchingIndices()
    }

    private static func limitValue(_ words: [Word], after index: Int) throws(ShellError) -> Int {
        guard index + 1 < words.count else {
            throw ShellError("limit needs a number", column: words[index].column)
        }
        let word = words[index + 1]
        guard let value = Int(word.text), value >= 0 else {
            throw ShellError(
                "limit needs a whole number of 0 or more, not '\(word.text)'", column: word.column)
        }
        return value
    }

    private static func sortValue(
        _ words: [Word], after index: Int, fields: [String]
    ) throws(ShellError) -> (Sort, used: Int) {
        let choices = fields.joined(separator: ", ")
        guard index + 1 < words.count else {
            throw ShellError("sort needs a field: \(choices)", column: words[index].column)
        }
        let field = words[index + 1]
        guard fields.contains(field.text) else {
            throw ShellError(
                "cannot sort by '\(field.text)': choose one of \(choices)", column: field.column,
                suggestion: Suggestions.didYouMean(field.text, among: fields))
        }
        if index + 2 < words.count, !words[index + 2].wasQuoted,
            ["desc", "asc"].contains(words[index + 2].text)
        {
            return (Sort(field: field.text, descending: words[index + 2].text == "desc"), 3)
        }
        return (Sort(field: field.text, descending: false), 2)
    }
}

extension ShellError {
    /// A query error as the user sees it: the caret at the token, "did you mean" for a
    /// misspelt word.
    init(_ error: QueryError) {
        let guess = error.misspelling.flatMap {
            Suggestions.didYouMean($0.word, among: $0.candidates)
        }
        self.init(error.message, column: error.column, suggestion: guess ?? error.suggestion)
    }
}

extension Clauses {
    /// The sort fields that are sentiment scores.
    static let sentimentSortFields = ["compound", "pos", "neu", "neg"]

    /// Whether `where`, `vs` or `sort` name a sentiment field.
    var readsSentiment: Bool {
        if let sort, Self.sentimentSortFields.contains(sort.field) { return true }
        // An explicit stack: expressions are typed by people, but need not be shallow.
        var pending = [filter, versus].compactMap { $0 }
        while let expression = pending.popLast() {
            switch expression {
            case .test(let test): if case .sentiment = test.field { return true }
            case .not(let inner): pending.append(inner)
            case .all(let parts), .any(let parts): pending.append(contentsOf: parts)
            }
        }
        return false
    }

    /// Commands that do not compare groups refuse `where A vs B`.
    func refuseVersus() throws(ShellError) {
        if versus != nil {
            throw ShellError(
                "'vs' compares two groups, which only 'terms compare' does",
                suggestion: "try: terms compare where A vs B")
        }
    }
}

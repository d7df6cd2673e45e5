/// The clauses shared by commands that list things: `sort FIELD [desc|asc]` and
/// `limit N`, in any order after the command's own words. (`where` joins them with the
/// query issue.)
public struct Clauses: Sendable, Equatable {
    public struct Sort: Sendable, Equatable {
        public var field: String
        public var descending: Bool
    }

    public var sort: Sort?
    public var limit: Int?

    public init(sort: Sort? = nil, limit: Int? = nil) {
        self.sort = sort
        self.limit = limit
    }

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
            } else {
                rest.append(word)
                index += 1
            }
        }
        return (clauses, rest)
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

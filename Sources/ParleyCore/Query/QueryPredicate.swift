/// A `where` expression compiled against one corpus: a test of utterance indices.
///
/// Semantics a caller can rely on: two-valued logic. A comparison with a value the
/// utterance does not have (no time, no such metadata key) is false, whatever the
/// operator, except `= null`, which is true exactly then; `not` negates whatever its
/// operand gives, so `X` and `not X` always split the corpus in two. Parts of `and` and
/// `or` may be tested in any order (cheap tests first): tests have no side effects.
public struct QueryPredicate {
    private let test: (Int) -> Bool
    private let utteranceCount: Int

    /// Compiles `expression` for `corpus`; `sentiment` holds the corpus's scores, in
    /// utterance order, when they have been computed; `themes` the tags in force (without
    /// them every utterance is untagged).
    /// - Throws: ``QueryError`` for a bad regular expression, or a field the corpus cannot
    ///   answer (sentiment fields without `sentiment`).
    public init(
        _ expression: QueryExpression, in corpus: Corpus, sentiment: SentimentColumn? = nil,
        themes: UtteranceThemes = .none
    ) throws(QueryError) {
        let context = QueryContext(corpus: corpus, sentiment: sentiment, themes: themes)
        test = try Self.compile(expression, context)
        utteranceCount = corpus.utteranceCount
    }

    /// Whether utterance `index` satisfies the expression.
    public func matches(_ index: Int) -> Bool { test(index) }

    /// The satisfying utterances in corpus order.
    public func matchingIndices() -> [Int] {
        var found: [Int] = []
        for index in 0..<utteranceCount where test(index) { found.append(index) }
        return found
    }

    /// How many utterances satisfy the expression.
    public func count() -> Int {
        var total = 0
        for index in 0..<utteranceCount where test(index) { total += 1 }
        return total
    }

    private static func compile(_ expression: QueryExpression, _ context: QueryContext)
        throws(QueryError) -> (Int) -> Bool
    {
        switch expression {
        case .test(let test):
            return try compile(test, context)
        case .not(let inner):
            let compiled = try compile(inner, context)
            return { !compiled($0) }
        case .all(let parts):
            let compiled = try compileParts(parts, context)
            return { index in compiled.allSatisfy { $0(index) } }
        case .any(let parts):
            let compiled = try compileParts(parts, context)
            return { index in compiled.contains { $0(index) } }
        }
    }

    /// Parts cheapest first, so a scan of texts runs only where the rest already holds.
    private static func compileParts(_ parts: [QueryExpression], _ context: QueryContext)
        throws(QueryError) -> [(Int) -> Bool]
    {
        let ordered = parts.enumerated().sorted { a, b in
            (cost(a.element), a.offset) < (cost(b.element), b.offset)
        }
        var compiled: [(Int) -> Bool] = []
        for part in ordered { compiled.append(try compile(part.element, context)) }
        return compiled
    }

    /// A rough relative cost: text scans are dear, metadata lookups middling.
    private static func cost(_ expression: QueryExpression) -> Int {
        switch expression {
        case .test(let test):
            switch test.field {
            case .text: 2
            case .meta: 1
            default: 0
            }
        case .not(let inner): cost(inner)
        case .all(let parts), .any(let parts): parts.map(cost).max() ?? 0
        }
    }
}

/// What compiling needs besides the expression: the corpus and tables computed at most
/// once per compilation.
final class QueryContext {
    let corpus: Corpus
    /// The corpus's sentiment scores, if computed (one per utterance).
    let sentiment: SentimentColumn?
    /// The tags in force (`theme`, `untagged`, `disagreement`).
    let themes: UtteranceThemes

    init(corpus: Corpus, sentiment: SentimentColumn? = nil, themes: UtteranceThemes = .none) {
        self.corpus = corpus
        self.themes = themes
        self.sentiment = sentiment.flatMap { $0.count == corpus.utteranceCount ? $0 : nil }
    }

    /// Per conversation: whether an organization speaker wrote any utterance in it other
    /// than its root (the conversation "got an organization reply").
    lazy var answeredConversations: [Bool] = {
        let forest = corpus.forest
        var answered = [Bool](repeating: false, count: corpus.conversationCount)
        for index in corpus.utteranceIndices
        where forest.root(of: index) != index && corpus.role(of: index) == .organization {
            answered[forest.conversation(of: index)] = true
        }
        return answered
    }()
}

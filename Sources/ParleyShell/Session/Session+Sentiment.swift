import ParleyCore

/// The session's sentiment state: the lexicon with the analyst's changes, and the scores of
/// the current corpus with the lexicon they were computed with.
///
/// Policy (documented in the README): the corpus is scored when the analyst runs a
/// sentiment command (`sentiment`, `trend`); until then the sentiment fields of `list`,
/// `show`, `where` and `sort` are refused with "needs sentiment scores". After a lexicon change the scores are stale, and they are recomputed
/// automatically before any command reads them, so a stale score is never shown. Loading
/// data drops the scores.
struct SentimentState {
    private(set) var lexicon = SentimentLexicon.vader
    /// The scorer for `lexicon`, compiled once per change.
    private(set) var analyzer = SentimentAnalyzer()
    /// The scores of the current corpus, in utterance order, or nil when not computed.
    private(set) var scores: SentimentColumn?
    /// The lexicon `scores` were computed with.
    private var scoredWith: SentimentLexicon?

    /// Whether scores exist for the current corpus (current or stale).
    var hasScores: Bool { scores != nil }

    /// Whether the scores were computed with the lexicon as it is now.
    var isCurrent: Bool { scores != nil && scoredWith == lexicon }

    mutating func setLexicon(_ new: SentimentLexicon) {
        guard new != lexicon else { return }
        lexicon = new
        analyzer = SentimentAnalyzer(lexicon: new)
    }

    mutating func store(_ column: SentimentColumn) {
        scores = column
        scoredWith = lexicon
    }

    /// The corpus changed: its old scores describe other utterances.
    mutating func dropScores() {
        scores = nil
        scoredWith = nil
    }
}

extension Session {
    /// Scores every utterance with the session's lexicon, on all cores, and keeps the
    /// result. Throws ``CancelledError`` (leaving the old scores) when cancelled.
    @discardableResult
    func scoreCorpus() throws -> SentimentColumn {
        let total = corpus.utteranceCount
        let reporter = options.progress
        defer { reporter?.finish() }
        var progress: (@Sendable (Int) -> Void)?
        if let reporter {
            progress = { done in reporter.report("scoring sentiment", done, total) }
        }
        let column = try sentiment.analyzer.scores(
            of: corpus, cancellation: options.cancellation, progress: progress)
        sentiment.store(column)
        return column
    }

    /// The scores for commands that read them: nil when the corpus was never scored;
    /// recomputed first when the lexicon changed since (with a note saying so).
    func currentSentimentScores() throws -> SentimentColumn? {
        guard let scores = sentiment.scores else { return nil }
        if sentiment.isCurrent { return scores }
        let column = try scoreCorpus()
        note("lexicon changed: rescored \(column.count) utterances")
        return column
    }

    /// The scores for the commands whose purpose is sentiment (`sentiment`, `trend`):
    /// current ones, computing them when the corpus was never scored.
    func sentimentScoresScoringIfNeeded() throws -> SentimentColumn {
        try currentSentimentScores() ?? scoreCorpus()
    }

    /// The scores, or the error a command that cannot work without them gives.
    func requiredSentimentScores(for what: String) throws -> SentimentColumn {
        guard let scores = try currentSentimentScores() else {
            throw ShellError(
                "\(what) needs sentiment scores, which this session has not computed",
                suggestion: "run 'sentiment' first to score the corpus")
        }
        return scores
    }

    /// Fills in the scores the clauses read (a sentiment field in `where` or `sort`).
    func attachSentiment(to clauses: inout Clauses) throws {
        guard clauses.readsSentiment else { return }
        clauses.sentiment = try currentSentimentScores()
    }
}

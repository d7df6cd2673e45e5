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
        try storeScoresInWorkspace(column)
        return column
    }

    /// Keeps freshly computed scores in the workspace, under the lexicon they came from,
    /// so reopening it with the same lexicon needs no rescoring. A read-only workspace
    /// keeps them in memory only.
    private func storeScoresInWorkspace(_ column: SentimentColumn) throws {
        guard let workspace, !workspace.isReadOnly else { return }
        do {
            try workspace.storeScores(column, lexiconVersion: sentiment.lexicon.version)
        } catch {
            throw ShellError("\(error); the scores were computed but not saved")
        }
    }

    /// Applies `change` to the session's lexicon after recording what it changed (one
    /// lexicon entry per word) in the workspace or in memory; the scores become stale (and
    /// are recomputed when next read) if it changed anything. When recording fails the
    /// lexicon is left as it was.
    func changeLexicon(_ change: (inout SentimentLexicon) -> Void) throws {
        var lexicon = sentiment.lexicon
        change(&lexicon)
        let entries = LexiconEntryChange.changes(from: sentiment.lexicon, to: lexicon)
        try recordAnnotations(entries.map(AnnotationChange.lexiconEntry))
        sentiment.setLexicon(lexicon)
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

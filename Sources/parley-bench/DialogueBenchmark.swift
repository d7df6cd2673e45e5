import ParleyCore

/// `parley-bench dialogue FILE`: loads FILE, puts the busiest speakers on the organization
/// side (the generated corpus has no roles), scores it (not timed: issue 5's figure is
/// "after scores exist"), then times everything `dialogue` computes for the corpus: the
/// one pass, the summary, sentiment shift and loyalty. Prints one JSON line.
enum DialogueBenchmark {
    /// The generator's most active authors (ids 0–99) play the organization.
    static let organizationPattern = "^user_[0-9]{1,2}$"

    static func run(_ options: BenchOptions) throws {
        var corpus = try CorpusLoader.load([options.file], options: LoadOptions()).corpus
        var book = RoleBook()
        try book.record(.match(pattern: organizationPattern, role: .organization))
        let resolved = book.resolve(in: corpus, dataRoles: corpus.speakerRoleColumn)
        corpus.setSpeakerRoles(resolved.map(\.0))
        let scores = try SentimentAnalyzer().scores(of: corpus)
        let start = monotonicSeconds()
        let analysis = DialogueAnalysis(corpus: corpus)
        let summary = DialogueSummary(analysis, corpus: corpus)
        let shift = SentimentShift(analysis, scores: scores, corpus: corpus)
        let loyalty = Loyalty(analysis, corpus: corpus)
        let seconds = monotonicSeconds() - start
        let result =
            "\(summary.utterances) utterances, response rate "
            + "\(summary.responseRate ?? 0), \(shift.answered.customers) shifts, "
            + "\(loyalty.all.returning) returning"
        print("{\"figure\": \"dialogue\", \"seconds\": \(seconds), \"result\": \"\(result)\"}")
    }
}

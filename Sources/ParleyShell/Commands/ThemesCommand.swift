import ArgumentParser
import ParleyCore

/// `themes [cooccur | trend [by PERIOD]] [where EXPR]`: figures per theme.
struct ThemesCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "Per theme: count, share, sentiment, who wrote it, answered rate.",
        usage: "themes [where EXPR] | themes cooccur [where EXPR] | themes trend [by PERIOD]",
        discussion: """
            Counts tags in force (see 'tag'). share is over the utterances in scope; \
            mean_compound scores the corpus first if needed (as 'sentiment' does); \
            customer and organization are the shares of the theme's utterances by role; \
            answered is the share of the theme's conversations with an organization reply. \
            'cooccur' counts utterances carrying both themes (the diagonal: each theme's \
            count); 'trend' counts each theme per day, week, month (default) or quarter.
            """)

    static let examples = ["themes", "themes cooccur", "themes trend by month"]
    static let takesWhere = true

    @Argument(help: "cooccur | trend [by PERIOD]")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        if words.isEmpty { return .choices(["cooccur", "trend"]) }
        return words.last == "by" ? .choices(TimeBucket.allCases.map(\.rawValue)) : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        try clauses.refuseVersus()
        let corpus = session.corpus
        let tags = session.currentThemes()
        let names = Self.themeNames(session.themes.codebook, tags)
        let indices = try clauses.matchingIndices(in: corpus)
        switch words.first {
        case nil:
            let scores = try session.sentimentScoresScoringIfNeeded()
            let rows = ThemeStatistics.summary(
                of: names, tags: tags, corpus: corpus, indices: indices,
                compound: { scores.compound(of: $0) })
            return .table(Self.summaryTable(rows))
        case "cooccur" where words.count == 1:
            let matrix = ThemeStatistics.cooccurrence(of: names, tags: tags, indices: indices)
            let rows = names.indices.map { row in
                [Value.string(names[row])] + matrix[row].map(Value.int)
            }
            return .table(
                Table(
                    columns: [.init("theme")] + names.map { .init($0, alignment: .right) },
                    rows: rows))
        case "trend":
            return try trend(names, tags, indices, in: session)
        default:
            throw ShellError(
                "themes takes nothing, 'cooccur' or 'trend [by PERIOD]'",
                suggestion: "see 'help themes'")
        }
    }

    /// The codebook's themes, then themes that are tagged but no longer in it.
    static func themeNames(_ codebook: Codebook, _ tags: UtteranceThemes) -> [String] {
        let known = Set(codebook.names)
        let extra = Set(tags.tags.values.joined()).subtracting(known).sorted()
        return codebook.names + extra
    }

    private func trend(
        _ names: [String], _ tags: UtteranceThemes, _ indices: [Int], in session: Session
    ) throws -> CommandResult {
        var bucket = TimeBucket.month
        if words.count > 1 {
            guard words.count == 3, words[1] == "by", let chosen = TimeBucket(rawValue: words[2])
            else {
                throw ShellError("themes trend groups by day, week, month or quarter")
            }
            bucket = chosen
        }
        let (periods, untimed) = ThemeStatistics.trend(
            of: names, tags: tags, corpus: session.corpus, indices: indices, by: bucket)
        if untimed > 0 { session.note("\(untimed) tagged utterances without a time left out") }
        return .table(
            Table(
                columns: [.init(bucket.rawValue)] + names.map { .init($0, alignment: .right) },
                rows: periods.map { [Value.string($0.label)] + $0.counts.map(Value.int) }))
    }

    static func summaryTable(_ rows: [ThemeStatistics.Row]) -> Table {
        Table(
            columns: [
                .init("theme"), .init("count", alignment: .right),
                .init("share", alignment: .right), .init("mean_compound", alignment: .right),
                .init("customer", alignment: .right), .init("organization", alignment: .right),
                .init("conversations", alignment: .right), .init("answered", alignment: .right),
            ],
            rows: rows.map { row in
                [
                    .string(row.theme), .int(row.count), .double(row.share),
                    .optional(row.meanCompound, Value.double),
                    .optional(row.customerShare, Value.double),
                    .optional(row.organizationShare, Value.double), .int(row.conversations),
                    .optional(row.answeredRate, Value.double),
                ]
            })
    }
}

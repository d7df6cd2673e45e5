import ArgumentParser
import ParleyCore

/// `list [where EXPR] [sort FIELD [desc]] [limit N]`: utterances, one a row.
struct ListCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List utterances: id, speaker, time, depth, replies and text.",
        usage: "list [where EXPR] [sort FIELD [desc]] [limit N]",
        discussion: """
            Without sort, utterances come in the order they were loaded. 'where' keeps \
            the utterances an expression accepts (see 'help count' and the README's \
            "The where language").
            """)

    static let examples = [
        "list limit 5", "list sort time desc limit 3", "list sort replies desc limit 5",
        "list where role = organization and text contains refund limit 3",
    ]
    static let sortFields =
        ["id", "speaker", "time", "depth", "replies", "length"] + Clauses.sentimentSortFields
    static let takesLimit = true
    static let takesWhere = true

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        try clauses.refuseVersus()
        var order = try clauses.matchingIndices(in: corpus)
        if let sort = clauses.sort {
            if Clauses.sentimentSortFields.contains(sort.field), clauses.sentiment == nil {
                _ = try session.requiredSentimentScores(for: "sort \(sort.field)")
            }
            order = SortOrder.utterances(
                order, by: sort, in: corpus, sentiment: clauses.sentiment)
        }
        if let limit = clauses.limit { order = Array(order.prefix(limit)) }
        // Once the corpus is scored, every listing shows compound (see the README).
        let scores = try clauses.sentiment ?? session.currentSentimentScores()
        // Once anything is tagged, every listing shows the themes in force.
        let themes = session.themes.ledger.isEmpty ? nil : session.currentThemes()
        return .table(Self.table(of: order, in: corpus, sentiment: scores, themes: themes))
    }

    static func table(
        of order: [Int], in corpus: Corpus, sentiment: SentimentColumn? = nil,
        themes: UtteranceThemes? = nil
    ) -> Table {
        var columns: [Table.Column] = [
            .init("id"), .init("speaker"), .init("time"),
            .init("depth", alignment: .right), .init("replies", alignment: .right),
        ]
        if sentiment != nil { columns.append(.init("compound", alignment: .right)) }
        if themes != nil { columns.append(.init(ThemesMetadata.key)) }
        columns.append(.init("text"))
        return Table(columns: columns, rowCount: order.count) { row in
            let index = order[row]
            var values: [Value] = [
                .string(corpus.id(of: index)), .string(corpus.speakerID(of: index)),
                .optional(corpus.timestamp(of: index), Value.time),
                .int(corpus.forest.depth(of: index)),
                .int(corpus.forest.children(of: index).count),
            ]
            if let sentiment { values.append(.double(sentiment.compound(of: index))) }
            if let themes { values.append(ThemesMetadata.value(themes, index)) }
            values.append(.text(corpus.text(of: index)))
            return values
        }
    }
}

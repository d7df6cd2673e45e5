import ArgumentParser
import ParleyCore

/// `count [where EXPR] [by FIELD] [limit N]`: how many utterances, in groups with shares
/// and a bar per group.
struct CountCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Count utterances, optionally grouped by a field or a period, with shares.",
        usage: "count [where EXPR] [by FIELD] [limit N]",
        discussion: """
            FIELD is speaker, role, conversation, depth, meta.NAME, or day, week, month or \\
            quarter of the time (UTC; ISO 8601 weeks such as 2024-W19). Shares are of the \\
            utterances counted; bars are relative to the largest group. Periods and depths \\
            come in order, other groups largest first; utterances without the value (no \\
            time, no such metadata) come last, in a group with an empty name.
            """)

    static let examples = [
        "count", "count where role = customer", "count by speaker limit 5",
        "count where text contains refund by month",
    ]
    static let takesLimit = true
    static let takesWhere = true

    @Argument(help: "by FIELD")
    var grouping: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.last == "by" ? .choices(GroupField.names) : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        try clauses.refuseVersus()
        let corpus = session.corpus
        let predicate = try clauses.predicate(in: corpus)
        let include: (Int) -> Bool = predicate.map { p in { p.matches($0) } } ?? { _ in true }
        guard let field = try groupField(corpus) else {
            let count = predicate?.count() ?? corpus.utteranceCount
            return .table(
                Table(
                    columns: [
                        .init("count", alignment: .right), .init("total", alignment: .right),
                        .init("share", alignment: .right),
                    ],
                    rows: [
                        [
                            .int(count), .int(corpus.utteranceCount),
                            share(count, corpus.utteranceCount),
                        ]
                    ]))
        }
        var groups = UtteranceGrouping.count(in: corpus, by: field, where: include)
        let counted = groups.reduce(0) { $0 + $1.count }
        let largest = groups.map(\.count).max() ?? 0
        if let limit = clauses.limit { groups = Array(groups.prefix(limit)) }
        let rows: [[Value]] = groups.map { group in
            [
                .optional(group.key, Value.string), .int(group.count), share(group.count, counted),
                .bar(largest > 0 ? Double(group.count) / Double(largest) : 0),
            ]
        }
        return .table(
            Table(
                columns: [
                    .init(field.name), .init("count", alignment: .right),
                    .init("share", alignment: .right), .init("bar"),
                ], rows: rows))
    }

    private func share(_ count: Int, _ total: Int) -> Value {
        total > 0 ? .double(Double(count) / Double(total)) : .null
    }

    private func groupField(_ corpus: Corpus) throws -> GroupField? {
        guard !grouping.isEmpty else { return nil }
        guard grouping.count == 2, grouping[0] == "by" else {
            throw ShellError(
                "count groups with 'by FIELD', not '\(grouping.joined(separator: " "))'",
                suggestion: "e.g. count where role = customer by month")
        }
        guard let field = GroupField(name: grouping[1]) else {
            let choices = GroupField.names.joined(separator: ", ")
            throw ShellError(
                "cannot count by '\(grouping[1])': choose one of \(choices) or meta.NAME",
                suggestion: Suggestions.didYouMean(
                    grouping[1], among: GroupField.names + corpus.metadata.keys.map { "meta." + $0 }
                ))
        }
        return field
    }
}

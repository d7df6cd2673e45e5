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
    static let sortFields = ["id", "speaker", "time", "depth", "replies", "length"]
    static let takesLimit = true
    static let takesWhere = true

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        try clauses.refuseVersus()
        var order = try clauses.matchingIndices(in: corpus)
        if let sort = clauses.sort {
            order = SortOrder.utterances(order, by: sort, in: corpus)
        }
        if let limit = clauses.limit { order = Array(order.prefix(limit)) }
        return .table(Self.table(of: order, in: corpus))
    }

    static func table(of order: [Int], in corpus: Corpus) -> Table {
        Table(
            columns: [
                .init("id"), .init("speaker"), .init("time"),
                .init("depth", alignment: .right), .init("replies", alignment: .right),
                .init("text"),
            ],
            rowCount: order.count
        ) { row in
            let index = order[row]
            return [
                .string(corpus.id(of: index)), .string(corpus.speakerID(of: index)),
                .optional(corpus.timestamp(of: index), Value.time),
                .int(corpus.forest.depth(of: index)),
                .int(corpus.forest.children(of: index).count),
                .text(corpus.text(of: index)),
            ]
        }
    }
}

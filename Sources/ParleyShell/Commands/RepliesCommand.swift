import ArgumentParser
import ParleyCore

/// `replies [limit N]`: who replies to whom, by role and by speaker pair.
struct RepliesCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "replies",
        abstract: "Who replies to whom: a matrix by role and the top speaker pairs.",
        usage: "replies [limit N]",
        discussion: """
            Section role: reply links counted by the role of the speaker who replied \
            (from) and of the one replied to (to), with their share of all replies. \
            Section pair: the speaker pairs with the most replies (default 10; limit N \
            for more), ties in order of the speakers' first appearance. Orphans and \
            roots reply to nothing in the corpus and are not counted.
            """)

    static let examples = ["replies", "replies limit 3"]
    static let takesLimit = true
    static let defaultPairs = 10

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let matrix = ReplyMatrix(corpus: corpus)
        var rows: [[Value]] = []
        let largestCell = matrix.counts.flatMap { $0 }.max() ?? 0
        for from in Role.allCases {
            for to in Role.allCases {
                let count = matrix.count(from: from, to: to)
                rows.append(
                    row("role", from.rawValue, to.rawValue, count, matrix.replies, largestCell))
            }
        }
        let pairs = matrix.pairs.prefix(clauses.limit ?? Self.defaultPairs)
        let largestPair = pairs.first?.count ?? 0
        for pair in pairs {
            rows.append(
                row(
                    "pair", corpus.speaker(pair.replier).id, corpus.speaker(pair.repliedTo).id,
                    pair.count, matrix.replies, largestPair))
        }
        return .table(
            Table(
                columns: [
                    .init("section"), .init("from"), .init("to"),
                    .init("replies", alignment: .right), .init("share", alignment: .right),
                    .init("bar"),
                ], rows: rows))
    }

    private func row(
        _ section: String, _ from: String, _ to: String, _ count: Int, _ total: Int,
        _ largest: Int
    ) -> [Value] {
        [
            .string(section), .string(from), .string(to), .int(count),
            total > 0 ? .double(Double(count) / Double(total)) : .null,
            .bar(largest > 0 ? Double(count) / Double(largest) : 0),
        ]
    }
}

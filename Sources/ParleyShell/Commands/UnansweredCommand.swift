import ArgumentParser
import ParleyCore

/// `unanswered [limit N]`: customer-started conversations the organization never answered,
/// and customer questions it never answered within their conversation.
struct UnansweredCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "unanswered",
        abstract: "List unanswered customer conversations and questions, oldest first.",
        usage: "unanswered [limit N]",
        discussion: """
            First the customer-started conversations with no organization utterance \
            (kind conversation, shown by their root), then customer utterances ending in \
            '?' with no organization utterance after them in their conversation (kind \
            question; conversations already listed are not repeated). 'After' compares \
            times when both have one, input order otherwise. Untimed ones come last. \
            limit N applies to each kind.
            """)

    static let examples = ["unanswered", "unanswered limit 3"]
    static let takesLimit = true

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let finder = UnansweredFinder(DialogueAnalysis(corpus: corpus), corpus: corpus)
        let limit = clauses.limit ?? Int.max
        let conversations = finder.conversations.prefix(limit).map {
            ("conversation", corpus.forest.roots[$0])
        }
        let rows = conversations + finder.questions.prefix(limit).map { ("question", $0) }
        return .table(
            Table(
                columns: [
                    .init("kind"), .init("id"), .init("speaker"), .init("time"),
                    .init("utterances", alignment: .right), .init("text"),
                ],
                rowCount: rows.count
            ) { row in
                let (kind, index) = rows[row]
                let size = corpus.forest.preorder(from: corpus.forest.root(of: index)).count
                return [
                    .string(kind), .string(corpus.id(of: index)),
                    .string(corpus.speakerID(of: index)),
                    .optional(corpus.timestamp(of: index), Value.time), .int(size),
                    .text(corpus.text(of: index)),
                ]
            })
    }
}

import ArgumentParser
import ParleyCore

/// `conversations [sort FIELD [desc]] [limit N]`: one row per reply tree.
struct ConversationsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "conversations",
        abstract: "List conversations: root id and speaker, size, depth, time span, opening text.",
        usage: "conversations [sort FIELD [desc]] [limit N]",
        discussion: "A conversation is named by its root utterance's id, as in ConvoKit.")

    static let examples = ["conversations limit 5", "conversations sort utterances desc limit 3"]
    static let sortFields = [
        "id", "utterances", "speakers", "max_depth", "first_time", "last_time",
    ]
    static let takesLimit = true

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let conversations = corpus.conversationSummaries()
        var order = Array(conversations.indices)
        if let sort = clauses.sort {
            order = SortOrder.sorted(order, descending: sort.descending) { row in
                let conversation = conversations[row]
                return switch sort.field {
                case "id": .text(conversation.id)
                case "utterances": .count(conversation.utteranceCount)
                case "speakers": .count(conversation.speakerCount)
                case "max_depth": .count(conversation.maxDepth)
                case "first_time": .time(conversation.firstTimestamp)
                default: .time(conversation.lastTimestamp)
                }
            }
        }
        if let limit = clauses.limit { order = Array(order.prefix(limit)) }
        let rows = order
        return .table(
            Table(
                columns: [
                    .init("id"), .init("speaker"), .init("utterances", alignment: .right),
                    .init("speakers", alignment: .right), .init("max_depth", alignment: .right),
                    .init("first_time"), .init("last_time"), .init("text"),
                ],
                rowCount: rows.count
            ) { row in
                let conversation = conversations[rows[row]]
                return [
                    .string(conversation.id), .string(corpus.speakerID(of: conversation.rootIndex)),
                    .int(conversation.utteranceCount), .int(conversation.speakerCount),
                    .int(conversation.maxDepth),
                    .optional(conversation.firstTimestamp, Value.time),
                    .optional(conversation.lastTimestamp, Value.time),
                    .text(corpus.text(of: conversation.rootIndex)),
                ]
            })
    }
}

import ArgumentParser
import ParleyCore

/// `speakers [sort FIELD [desc]] [limit N]`: who speaks, how much, and when.
struct SpeakersCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List speakers with their role, utterances, conversations and active times.",
        usage: "speakers [sort FIELD [desc]] [limit N]",
        discussion: "Without sort, the most active speakers come first.")

    static let examples = ["speakers limit 5", "speakers sort speaker limit 3"]
    static let sortFields = [
        "speaker", "role", "utterances", "conversations", "first_time", "last_time",
    ]
    static let takesLimit = true

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let stats = SpeakerStatistics(corpus: session.corpus)
        let speakers = session.corpus.speakers
        let sort = clauses.sort ?? .init(field: "utterances", descending: true)
        var order = SortOrder.sorted(Array(speakers.indices), descending: sort.descending) {
            speaker in
            switch sort.field {
            case "speaker": .text(speakers[speaker].id)
            case "role": .text(speakers[speaker].role.rawValue)
            case "conversations": .count(stats.conversations[speaker])
            case "first_time": .time(stats.firstTimes[speaker])
            case "last_time": .time(stats.lastTimes[speaker])
            default: .count(speakers[speaker].utteranceCount)
            }
        }
        if let limit = clauses.limit { order = Array(order.prefix(limit)) }
        let rows = order
        return .table(
            Table(
                columns: [
                    .init("speaker"), .init("role"), .init("utterances", alignment: .right),
                    .init("conversations", alignment: .right), .init("first_time"),
                    .init("last_time"),
                ],
                rowCount: rows.count
            ) { row in
                let speaker = rows[row]
                return [
                    .string(speakers[speaker].id), .string(speakers[speaker].role.rawValue),
                    .int(speakers[speaker].utteranceCount), .int(stats.conversations[speaker]),
                    .optional(stats.firstTimes[speaker], Value.time),
                    .optional(stats.lastTimes[speaker], Value.time),
                ]
            })
    }
}

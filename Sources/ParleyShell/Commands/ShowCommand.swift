import ArgumentParser
import ParleyCore

/// `show ID`: one utterance with every field and its metadata.
struct ShowCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one utterance whole: its fields, full text and metadata.")

    static let examples = ["show t0002"]

    @Argument(help: "The utterance's id.")
    var id: String

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .utteranceID : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let index = try UtteranceLookup.index(of: id, in: corpus)
        let utterance = corpus.utterance(index)
        var record: Record = [
            "id": .string(utterance.id),
            "speaker": .string(utterance.speaker),
            "role": .string(utterance.role.rawValue),
            "conversation": .string(utterance.conversationID),
            "reply_to": .optional(utterance.replyTo, Value.string),
            "depth": .int(utterance.depth),
            "replies": .int(utterance.replyCount),
            "time": .optional(utterance.timestamp, Value.time),
            "source": .optional(utterance.source, { .string($0.description) }),
            "text": .text(utterance.text),
            "meta": .record(
                Record(utterance.metadata.map { Record.Field($0.key, $0.value.shellValue) })),
        ]
        // Once the corpus is scored, `show` gives the scores too (before `meta`).
        if let scores = try session.currentSentimentScores() {
            record.fields.insert(
                contentsOf: SentimentFields.record(scores[index]).fields,
                at: record.fields.count - 1)
        }
        if !session.themes.ledger.isEmpty {
            let themes = session.currentThemes().themes(of: index)
            record.fields.insert(
                Record.Field(ThemesMetadata.key, .list(themes.map(Value.string))),
                at: record.fields.count - 1)
        }
        return .record(record)
    }
}

extension MetadataValue {
    /// Numbers as numbers, so JSON output keeps their type.
    var shellValue: Value {
        switch kind {
        case .string, .json: .string(text)
        case .number: Int(text).map(Value.int) ?? Double(text).map(Value.double) ?? .string(text)
        case .bool: .bool(text == "true")
        case .null: .null
        }
    }
}

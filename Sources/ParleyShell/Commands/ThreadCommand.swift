import ArgumentParser
import ParleyCore

/// `thread ID [--full]`: the reply tree of the conversation that contains ID.
struct ThreadCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "thread",
        abstract: "Draw the reply tree of the conversation that contains an utterance.",
        discussion: """
            Each line shows the id, speaker, [org] for an organization speaker, time, \
            the delay since the utterance replied to (+14m), the compound sentiment once \
            the corpus is scored, and the text, indented under the one it replies to. \
            Texts are shortened to fit unless --full is given.
            """)

    static let examples = ["thread t0001", "thread t0002 --full"]

    @Argument(help: "Any utterance of the conversation.")
    var id: String

    @Flag(help: "Show whole texts instead of shortening them.")
    var full = false

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.filter { !$0.hasPrefix("-") }.isEmpty ? .utteranceID : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let index = try UtteranceLookup.index(of: id, in: corpus)
        let members = corpus.forest.preorder(from: corpus.forest.root(of: index))
        let scores = try session.currentSentimentScores()
        var columns: [Table.Column] = [
            .init("id"), .init("speaker"), .init("role_mark"), .init("time"), .init("delay"),
        ]
        if scores != nil { columns.append(.init("compound")) }
        columns.append(.init("text"))
        let table = Table(columns: columns, rowCount: members.count) { row in
            let member = members[row].index
            var values: [Value] = [
                .string(corpus.id(of: member)), .string(corpus.speakerID(of: member)),
                corpus.role(of: member) == .organization ? .string(Self.organizationMark) : .null,
                .optional(corpus.timestamp(of: member), Value.time),
                .optional(Self.delay(of: member, in: corpus), Value.duration),
            ]
            if let scores { values.append(.double(scores.compound(of: member))) }
            values.append(.text(corpus.text(of: member)))
            return values
        }
        return .thread(ThreadView(table: table, depths: members.map(\.depth), showsFullText: full))
    }

    /// The mark beside an organization speaker; customers have none.
    static let organizationMark = "[org]"

    /// Seconds since the utterance replied to; nil for a root, when either has no time, or
    /// when the reply is timed before its parent (bad data, not a negative delay).
    static func delay(of index: Int, in corpus: Corpus) -> Double? {
        guard let parent = corpus.forest.parent(of: index),
            let time = corpus.timestamp(of: index), let parentTime = corpus.timestamp(of: parent),
            time >= parentTime
        else { return nil }
        return time - parentTime
    }
}

import ArgumentParser
import ParleyCore

/// `thread ID [--full]`: the reply tree of the conversation that contains ID.
struct ThreadCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "thread",
        abstract: "Draw the reply tree of the conversation that contains an utterance.",
        discussion: """
            Each line shows the id, speaker, time and text of one utterance, indented \
            under the one it replies to. Texts are shortened to fit unless --full is given.
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
        let table = Table(
            columns: [.init("id"), .init("speaker"), .init("time"), .init("text")],
            rowCount: members.count
        ) { row in
            let member = members[row].index
            return [
                .string(corpus.id(of: member)), .string(corpus.speakerID(of: member)),
                .optional(corpus.timestamp(of: member), Value.time), .text(corpus.text(of: member)),
            ]
        }
        return .thread(ThreadView(table: table, depths: members.map(\.depth), showsFullText: full))
    }
}

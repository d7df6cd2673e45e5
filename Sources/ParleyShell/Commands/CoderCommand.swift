import ArgumentParser
import ParleyCore

/// `coder [NAME]`: who manual tag decisions are recorded for.
struct CoderCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "coder",
        abstract: "Show or set the coder whose tag decisions are recorded.",
        usage: "coder [NAME]",
        discussion: """
            The default coder is the user running Parley. 'tag auto' records its \
            decisions as the coder 'rules' and 'topics assign' as 'topics'; neither can \
            be chosen by hand.
            """)

    static let examples = ["coder alice", "coder"]

    @Argument(help: "The coder's name.")
    var name: String?

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard let name else { return .record(["coder": .string(session.coder)]) }
        let machineCoders = [TagLedger.ruleCoder, TagLedger.topicCoder]
        guard !name.isEmpty, !machineCoders.contains(name),
            !name.contains(where: { $0.isWhitespace })
        else {
            throw ShellError(
                "'\(name)' cannot be a coder's name (one word, not "
                    + machineCoders.map { "'\($0)'" }.joined(separator: " or ") + ")")
        }
        session.themes.coder = name
        return .message("coder is now \(name)")
    }
}

import ArgumentParser

/// `help [COMMAND]`: the list of commands, or one command's usage and examples.
struct HelpCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "List the commands, or show one command's usage and examples.")

    static let examples = ["help", "help thread"]

    @Argument(help: "The command to explain.")
    var command: String?

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .commandName : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard let command else { return .prose(HelpText.overview()) }
        guard let type = CommandRegistry.command(named: command) else {
            throw CommandRegistry.unknownCommandError(command)
        }
        return .prose(HelpText.usage(of: type))
    }
}

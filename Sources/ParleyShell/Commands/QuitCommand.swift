import ArgumentParser

/// `quit` / `exit`: end the session.
struct QuitCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "quit", abstract: "End the session (Ctrl-D does the same).",
        aliases: ["exit"])

    /// Not run by the registry test: it would end the run.
    static let examples = ["quit"]

    func run(in session: Session, clauses: Clauses) throws -> CommandResult { .none }
}

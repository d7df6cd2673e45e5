import ArgumentParser
import ParleyCore

/// `save FILE`: write the session to a new workspace and go on working in it.
struct SaveCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Write the session (corpus, changes, scores) to a new workspace file.",
        discussion: """
            FILE must not exist yet. After saving, the session works in FILE: every later \
            change is committed to it as it is made, so there is nothing more to save.
            """)

    static let examples = ["save /tmp/saved.parley"]

    @Argument(help: "The new workspace file (conventionally ending in .parley).")
    var file: String

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .filePath : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        try session.saveWorkspace(file)
        return .message(
            "saved \(session.corpus.utteranceCount) utterances to \(file); "
                + "changes are now kept there as you make them")
    }
}

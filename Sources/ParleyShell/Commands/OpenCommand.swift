import ArgumentParser
import ParleyCore
import ParleyStore

/// `open FILE`: work in a workspace file from now on.
struct OpenCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open or create a workspace (.parley): corpus and changes kept as you work.",
        discussion: """
            A new FILE receives the session's corpus and changes. An existing one replaces \
            them with its own corpus (restored without reading the source files again), \
            lexicon, roles and scores; a source file changed or missing since it was \
            imported is reported. Every later change is committed to FILE before the \
            command that made it returns. A workspace another Parley is writing to opens \
            read-only.
            """)

    static let examples = ["open /tmp/study.parley"]

    @Argument(help: "The workspace file (conventionally ending in .parley).")
    var file: String

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .filePath : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let sources = try session.openWorkspace(file)
        for (source, status) in sources where status != .unchanged {
            session.note(Self.warning(for: source, status))
        }
        let corpus = session.corpus
        return .message(
            "opened \(file): \(corpus.utteranceCount) utterances, "
                + "\(corpus.speakerCount) speakers"
                + (session.workspace?.isReadOnly == true ? " (read-only)" : ""))
    }

    static func warning(for source: WorkspaceSource, _ status: WorkspaceSource.Status) -> String {
        let what = status == .missing ? "is missing" : "has changed"
        return "warning: source '\(source.name)' \(what) since it was imported; the workspace "
            + "keeps the corpus as imported (load it again to import it anew)"
    }
}

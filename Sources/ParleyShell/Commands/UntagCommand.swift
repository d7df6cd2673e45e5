import ArgumentParser
import ParleyCore

/// `untag ID THEME…`: the current coder's explicit "not this theme".
struct UntagCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "untag",
        abstract: "Record that themes do not apply to an utterance.",
        usage: "untag ID THEME...",
        discussion: """
            The decision is kept (it is not a deletion): it overrides rule tags, even \
            after another 'tag auto', and counts as a coded decision in 'agree'.
            """)

    static let examples = ["untag t0001 billing"]

    @Argument(help: "An utterance id, then themes.")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .utteranceID : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard words.count >= 2 else {
            throw ShellError(
                "untag needs an utterance id and one or more themes",
                suggestion: "e.g. untag t0001 billing")
        }
        let index = try session.requireUtterance(words[0])
        let themes = Array(words.dropFirst())
        for theme in themes { _ = try session.requireTheme(theme) }
        for theme in themes { session.decide(index, theme: theme, .rejected, how: "untag") }
        return .message(
            "untagged \(words[0]): not \(themes.joined(separator: ", ")) "
                + "(coder \(session.coder))")
    }
}

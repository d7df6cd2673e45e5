import ArgumentParser
import ParleyCore

/// `memo TARGET TEXT…`: a coder's note about an utterance, a speaker, a theme or the
/// corpus, kept with the other annotations (in the workspace when one is open).
struct MemoCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "Write a note about an utterance, a speaker, a theme or the corpus.",
        usage: "memo ID|speaker:NAME|theme:NAME|corpus TEXT...",
        discussion: """
            The note is recorded for the current coder with the time, as the analyst's \
            other changes are (committed to the workspace before the prompt returns). \
            'memos' lists them.
            """)

    static let examples = [
        "memo t0001 \"charged twice, refunded after two replies\"",
        "memo speaker:MunchBoxCare fast and polite",
        "memo corpus \"first pass done\"",
    ]

    @Argument(help: "An utterance id, speaker:NAME, theme:NAME or corpus.")
    var target: String

    @Argument(help: "The note.")
    var words: [String] = []

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let text = words.joined(separator: " ")
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ShellError("memo needs a note after its target")
        }
        let named = try MemoTarget(target, in: session)
        try session.recordAnnotations([
            .memo(
                Memo(
                    target: named.stored, coder: session.coder, text: text,
                    time: session.options.clock()))
        ])
        return .message("memo on \(named.stored) (coder \(session.coder))")
    }
}

/// What a memo is about, checked against the session, and as it is stored.
struct MemoTarget {
    let stored: String

    init(_ word: String, in session: Session) throws {
        if word == "corpus" {
            stored = "corpus"
        } else if word.hasPrefix("speaker:") {
            let name = String(word.dropFirst("speaker:".count))
            guard session.corpus.speakerIndex(ofID: name) != nil else {
                throw ShellError("no speaker '\(name)'")
            }
            stored = word
        } else if word.hasPrefix("theme:") {
            _ = try session.requireTheme(String(word.dropFirst("theme:".count)))
            stored = word
        } else {
            _ = try session.requireUtterance(word)
            stored = "utterance:" + word
        }
    }
}

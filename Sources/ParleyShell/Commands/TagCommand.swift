import ArgumentParser
import ParleyCore

/// `tag auto | tag why ID | tag ID THEME… | tag where EXPR as THEME`: tagging by rule and
/// by hand, and where a tag came from.
struct TagCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag utterances with themes, by the codebook's rules or by hand.",
        usage: "tag auto [where EXPR] | tag why ID | tag ID THEME... | tag where EXPR as THEME",
        discussion: """
            'tag auto' applies the codebook's rules (to the utterances 'where' keeps), \
            recording for each tag the rules and words that matched, as the coder 'rules'; \
            run again, it withdraws rule tags no rule gives any more. 'tag ID THEME...' and \
            'tag where EXPR as THEME' record the current coder's decision (see 'coder'); \
            'untag' records an explicit "not this theme". The latest manual decision \
            wins over rules. 'tag why ID' lists every decision about an utterance \
            (--times adds when each was made).
            """)

    static let examples = [
        "tag auto", "tag t0001 billing", "tag why t0001",
        "tag where text contains refund as billing",
    ]
    static let takesWhere = true

    @Argument(parsing: .captureForPassthrough, help: "auto, why ID, ID THEME..., or as THEME.")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        switch words.first {
        case nil: .utteranceID
        case "why": words.count == 1 ? .utteranceID : .none
        default: .none
        }
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        try clauses.refuseVersus()
        switch words.first {
        case "auto":
            guard words.count == 1 else { throw ShellError("tag auto takes only 'where EXPR'") }
            return try TagAuto.run(in: session, clauses: clauses)
        case "why":
            return try TagWhy.run(Array(words.dropFirst()), in: session)
        case "as":
            return try tagMatching(in: session, clauses: clauses)
        default:
            if clauses.filter != nil {
                throw ShellError(
                    "tag where EXPR takes 'as THEME' after the expression",
                    suggestion: "e.g. tag where text contains refund as billing")
            }
            return try tagByHand(in: session)
        }
    }

    private func tagByHand(in session: Session) throws -> CommandResult {
        guard words.count >= 2 else {
            throw ShellError(
                "tag needs an utterance id and one or more themes",
                suggestion: "e.g. tag t0001 billing (or tag auto, tag why ID)")
        }
        let index = try session.requireUtterance(words[0])
        let themes = Array(words.dropFirst())
        for theme in themes { _ = try session.requireTheme(theme) }
        for theme in themes { session.decide(index, theme: theme, .applied, how: "tag") }
        return .message(
            "tagged \(words[0]) with \(themes.joined(separator: ", ")) (coder \(session.coder))")
    }

    private func tagMatching(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard clauses.filter != nil, words.count == 2 else {
            throw ShellError(
                "tag where EXPR as THEME: one theme after 'as'",
                suggestion: "e.g. tag where text contains refund as billing")
        }
        let theme = words[1]
        _ = try session.requireTheme(theme)
        let indices = try clauses.matchingIndices(in: session.corpus)
        for index in indices { session.decide(index, theme: theme, .applied, how: "tag where") }
        let count = indices.count
        return .message(
            "tagged \(count) utterance\(count == 1 ? "" : "s") with \(theme) "
                + "(coder \(session.coder))")
    }
}

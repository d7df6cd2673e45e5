import ArgumentParser
import Foundation
import ParleyCore

/// `lexicon show|set|unset|reset|load|changes`: the session's VADER lexicon, with the
/// analyst's domain words layered over the built-in one.
struct LexiconCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Show or change the sentiment lexicon: domain words over VADER's own.",
        usage: """
            lexicon show WORD | lexicon set WORD VALUE | lexicon unset WORD | \
            lexicon reset WORD | lexicon load FILE [--strict] | lexicon changes
            """,
        discussion: """
            Words match case-insensitively. VALUE is a valence from -4 to 4 (VADER's \
            scale). unset takes a word out (it then scores as a neutral word); reset \
            forgets your change and restores the built-in valence. load reads 'word TAB \
            valence' lines (VADER's own format; '# ' starts a comment), setting every good \
            line and reporting bad ones as FILE:LINE; with --strict a bad line changes \
            nothing. After a change, scores are recomputed automatically before the next \
            command that reads them: a stale score is never shown.
            """)

    static let examples = [
        "lexicon show refund", "lexicon set refund -1.5", "lexicon changes",
        "lexicon unset refund",
    ]

    enum Action: String, CaseIterable {
        case show, set, unset, reset, load, changes
    }

    // Captured as they are, so that a negative valence is not read as an option.
    @Argument(parsing: .captureForPassthrough, help: "An action and its words.")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        switch words.count {
        case 0: .choices(Action.allCases.map(\.rawValue))
        case 1 where words[0] == Action.load.rawValue: .filePath
        default: .none
        }
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard let first = words.first, let action = Action(rawValue: first) else {
            let choices = Action.allCases.map(\.rawValue)
            throw ShellError(
                "lexicon needs an action: \(choices.joined(separator: ", "))",
                suggestion: words.first.flatMap { Suggestions.didYouMean($0, among: choices) }
                    ?? "e.g. lexicon set refund -1.5")
        }
        let rest = Array(words.dropFirst())
        switch action {
        case .show: return .record(Self.entry(try word(rest, action), session.sentiment.lexicon))
        case .set: return try set(rest, in: session)
        case .unset: return try unset(try word(rest, action), in: session)
        case .reset: return try reset(try word(rest, action), in: session)
        case .load: return try LexiconLoading.load(rest, in: session)
        case .changes: return .table(Self.changesTable(session.sentiment.lexicon))
        }
    }

    private func word(_ rest: [String], _ action: Action) throws -> String {
        guard rest.count == 1 else {
            throw ShellError(
                "lexicon \(action.rawValue) takes one word",
                suggestion: "e.g. lexicon \(action.rawValue) refund")
        }
        return rest[0]
    }

    private func set(_ rest: [String], in session: Session) throws -> CommandResult {
        guard rest.count == 2 else {
            throw ShellError(
                "lexicon set takes a word and a valence", suggestion: "e.g. lexicon set refund -1.5"
            )
        }
        // The file format's own checks, so that set and load accept the same entries.
        let parsed = LexiconFile(parsing: rest[0] + "\t" + rest[1], file: "lexicon set")
        if let problem = parsed.problems.first {
            throw ShellError("lexicon set: " + problem.reason)
        }
        guard let entry = parsed.entries.first else {
            throw ShellError("lexicon set: '\(rest[0])' is not a word (it reads as a comment)")
        }
        let (word, valence) = (entry.word, entry.valence)
        try session.changeLexicon { $0.set(word, valence: valence) }
        return .record(Self.entry(word, session.sentiment.lexicon))
    }

    private func unset(_ word: String, in session: Session) throws -> CommandResult {
        let lexicon = session.sentiment.lexicon
        guard lexicon.valence(of: word) != nil else {
            throw ShellError("'\(word)' is not in the lexicon")
        }
        // An added word is simply forgotten; a built-in one is taken out.
        if lexicon.builtInValence(of: word) == nil {
            try session.changeLexicon { $0.reset(word) }
        } else {
            try session.changeLexicon { $0.remove(word) }
        }
        return .record(Self.entry(word, session.sentiment.lexicon))
    }

    private func reset(_ word: String, in session: Session) throws -> CommandResult {
        try session.changeLexicon { $0.reset(word) }
        return .record(Self.entry(word, session.sentiment.lexicon))
    }

    /// `word`, `valence` (null when not in the lexicon), `built_in`, `changed`.
    static func entry(_ word: String, _ lexicon: SentimentLexicon) -> Record {
        let current = lexicon.valence(of: word)
        let builtIn = lexicon.builtInValence(of: word)
        return [
            "word": .string(word.lowercased()), "valence": .optional(current, Value.double),
            "built_in": .optional(builtIn, Value.double), "changed": .bool(current != builtIn),
        ]
    }

    static func changesTable(_ lexicon: SentimentLexicon) -> Table {
        let changes = lexicon.changes
        return Table(
            columns: [
                .init("word"), .init("built_in", alignment: .right),
                .init("valence", alignment: .right),
            ],
            rows: changes.map {
                [
                    .string($0.word), .optional($0.builtIn, Value.double),
                    .optional($0.current, Value.double),
                ]
            })
    }
}

import ArgumentParser
import ParleyCore

/// `theme add|rename|remove`: edits the codebook one theme at a time.
struct ThemeCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Add, rename or remove a theme of the codebook.",
        usage: """
            theme add NAME [--parent P] [--keywords WORD,PHRASE…] | theme rename OLD NEW | \
            theme remove NAME [--keep-tags|--drop-tags]
            """,
        discussion: """
            rename also renames the theme in every tag decision. remove moves its \
            sub-themes up to its parent; when tag decisions name the theme, say what to \
            do with them: --keep-tags keeps them (they still show in 'themes' and \
            'where theme = …'), --drop-tags forgets them. Scripts cannot be asked, so \
            without a choice remove refuses.
            """)

    static let examples = [
        "theme add shipping --keywords 'parcel,tracking number'",
        "theme add late_delivery --parent shipping --keywords late",
        "theme rename shipping logistics", "theme remove late_delivery",
    ]

    enum Action: String, CaseIterable {
        case add, rename, remove
    }

    @Argument(parsing: .captureForPassthrough, help: "An action and its words.")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .choices(Action.allCases.map(\.rawValue)) : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let choices = Action.allCases.map(\.rawValue)
        guard let first = words.first, let action = Action(rawValue: first) else {
            throw ShellError(
                "theme needs an action: \(choices.joined(separator: ", "))",
                suggestion: words.first.flatMap { Suggestions.didYouMean($0, among: choices) })
        }
        let rest = Array(words.dropFirst())
        do {
            switch action {
            case .add: return try add(rest, in: session)
            case .rename: return try rename(rest, in: session)
            case .remove: return try remove(rest, in: session)
            }
        } catch let error as CodebookError {
            throw ShellError(error.message)
        }
    }

    private func add(_ rest: [String], in session: Session) throws -> CommandResult {
        guard let name = rest.first, !name.hasPrefix("--") else {
            throw ShellError("theme add needs a name", suggestion: "e.g. \(Self.examples[0])")
        }
        var theme = Theme(name: name)
        var index = 1
        while index < rest.count {
            guard index + 1 < rest.count, ["--parent", "--keywords"].contains(rest[index]) else {
                throw ShellError(
                    "theme add: unexpected '\(rest[index])' (options: --parent P, "
                        + "--keywords WORD,PHRASE…)")
            }
            if rest[index] == "--parent" {
                theme.parent = rest[index + 1]
            } else {
                theme.keywords = rest[index + 1].split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }
            }
            index += 2
        }
        try session.themes.codebook.add(theme)
        return .message("added theme \(name)")
    }

    private func rename(_ rest: [String], in session: Session) throws -> CommandResult {
        guard rest.count == 2 else {
            throw ShellError("theme rename takes the old and the new name")
        }
        try session.themes.codebook.rename(rest[0], to: rest[1])
        session.themes.changeLedger { $0.renameTheme(rest[0], to: rest[1]) }
        return .message("renamed theme \(rest[0]) to \(rest[1])")
    }

    private func remove(_ rest: [String], in session: Session) throws -> CommandResult {
        let options = rest.filter { $0.hasPrefix("--") }
        let names = rest.filter { !$0.hasPrefix("--") }
        guard names.count == 1,
            options.allSatisfy({ ["--keep-tags", "--drop-tags"].contains($0) }),
            options.count <= 1
        else {
            throw ShellError("theme remove takes a name and --keep-tags or --drop-tags")
        }
        let name = names[0]
        _ = try session.requireTheme(name)
        let decided = session.themes.ledger.decisions.filter { $0.theme == name }.count
        if decided > 0, options.isEmpty {
            throw ShellError(
                "theme remove \(name): \(decided) tag decision\(decided == 1 ? "" : "s") name "
                    + "it; say what to do with them",
                suggestion: "add --keep-tags or --drop-tags")
        }
        try session.themes.codebook.remove(name)
        if options == ["--drop-tags"] {
            session.themes.changeLedger { $0.dropTheme(name) }
            return .message("removed theme \(name) and \(decided) tag decisions")
        }
        return .message("removed theme \(name)" + (decided > 0 ? "; its tags are kept" : ""))
    }
}

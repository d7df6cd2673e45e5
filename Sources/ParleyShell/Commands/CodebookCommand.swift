import ArgumentParser
import Foundation
import ParleyCore

/// `codebook load FILE | show | save FILE`: the session's codebook of themes.
struct CodebookCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "Load, show or save the codebook of themes (YAML).",
        usage: "codebook load FILE | codebook show | codebook save FILE",
        discussion: """
            A codebook is YAML with a 'themes:' list; each theme has name, description, \
            optional parent, and rules: keywords (words or phrases, any case, on word \
            boundaries), patterns (POSIX extended regular expressions, any case) and \
            exclude (words or phrases that veto the theme). Errors name FILE:LINE. \
            Loading replaces the codebook; tags already made are kept.
            """)

    static let examples = [
        "codebook load corpora/codebooks/customer-experience.yaml", "codebook show",
    ]

    enum Action: String, CaseIterable {
        case load, show, save
    }

    @Argument(help: "load FILE | show | save FILE")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        switch words.count {
        case 0: .choices(Action.allCases.map(\.rawValue))
        case 1 where words[0] != Action.show.rawValue: .filePath
        default: .none
        }
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let choices = Action.allCases.map(\.rawValue)
        guard let first = words.first, let action = Action(rawValue: first) else {
            throw ShellError(
                "codebook needs an action: \(choices.joined(separator: ", "))",
                suggestion: words.first.flatMap { Suggestions.didYouMean($0, among: choices) })
        }
        switch action {
        case .show:
            guard words.count == 1 else { throw ShellError("codebook show takes no arguments") }
            return .table(Self.table(session.themes.codebook))
        case .load: return try load(try path(action), in: session)
        case .save: return try save(try path(action), in: session)
        }
    }

    private func path(_ action: Action) throws -> String {
        guard words.count == 2 else {
            throw ShellError("codebook \(action.rawValue) takes one file name")
        }
        return words[1]
    }

    private func load(_ path: String, in session: Session) throws -> CommandResult {
        let text: String
        do {
            text = try String(contentsOfFile: session.resolve(path), encoding: .utf8)
        } catch {
            throw ShellError("\(path): cannot read the codebook")
        }
        do {
            session.themes.codebook = try CodebookReader.read(text, file: path)
        } catch {
            throw ShellError(error.description)
        }
        let count = session.themes.codebook.themes.count
        return .message("loaded \(count) theme\(count == 1 ? "" : "s") from \(path)")
    }

    private func save(_ path: String, in session: Session) throws -> CommandResult {
        let text = CodebookWriter.yaml(session.themes.codebook)
        do {
            try text.write(toFile: session.resolve(path), atomically: true, encoding: .utf8)
        } catch {
            throw ShellError("\(path): cannot write the codebook")
        }
        let count = session.themes.codebook.themes.count
        return .message("saved \(count) theme\(count == 1 ? "" : "s") to \(path)")
    }

    static func table(_ codebook: Codebook) -> Table {
        let rows: [[Value]] = codebook.themes.map { theme in
            [
                .string(theme.name), .optional(theme.parent, Value.string),
                .string(theme.description),
                .string(theme.keywords.joined(separator: ", ")),
                .string(theme.patterns.joined(separator: ", ")),
                .string(theme.exclude.joined(separator: ", ")),
            ]
        }
        return Table(
            columns: [
                .init("theme"), .init("parent"), .init("description"), .init("keywords"),
                .init("patterns"), .init("exclude"),
            ], rows: rows)
    }
}

import ArgumentParser

/// `mode [MODE]`: show or set how results are written.
struct ModeCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "mode",
        abstract: "Show or set the output mode: table, plain, json, jsonl, csv or markdown.")

    static let examples = ["mode", "mode json", "mode table"]

    @Argument(help: "The new mode.")
    var mode: String?

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .choices(OutputMode.allCases.map(\.rawValue)) : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard let mode else { return .message("mode: \(session.mode.rawValue)") }
        let names = OutputMode.allCases.map(\.rawValue)
        guard let newMode = OutputMode(rawValue: mode) else {
            throw ShellError(
                "unknown mode '\(mode)'; modes are " + names.joined(separator: ", "),
                suggestion: Suggestions.didYouMean(mode, among: names))
        }
        session.mode = newMode
        return .none
    }
}

import ArgumentParser
import ParleyCore

/// A command's result plus what it means for the loop.
struct DispatchedResult {
    var value: CommandResult
    var quits = false
}

/// Finds the command for a list of words, takes out the shared clauses, parses the rest
/// with the command's declaration, and runs it.
enum CommandDispatcher {
    static func run(_ words: [Word], in session: Session) throws -> DispatchedResult {
        guard let first = words.first else { return DispatchedResult(value: .none) }
        guard let command = CommandRegistry.command(named: first.text) else {
            throw CommandRegistry.unknownCommandError(first.text, column: first.column)
        }
        let arguments = Array(words.dropFirst())
        try refuseWhere(in: arguments, unlessTakenBy: command)
        var (clauses, rest) = try Clauses.extract(
            from: arguments, sortFields: command.sortFields, allowsLimit: command.takesLimit)
        let parsed: any ShellCommand
        do {
            parsed = try command.parse(rest.map(\.text))
        } catch {
            if command.exitCode(for: error) == .success {
                return DispatchedResult(value: .prose(HelpText.usage(of: command)))
            }
            throw ShellError(
                CommandRegistry.name(of: command) + ": " + command.message(for: error),
                suggestion: "see 'help \(CommandRegistry.name(of: command))'")
        }
        try session.attachSentiment(to: &clauses)
        session.attachThemes(to: &clauses)
        let value = try parsed.run(in: session, clauses: clauses)
        return DispatchedResult(value: value, quits: parsed is QuitCommand)
    }
}

extension CommandDispatcher {
    /// A `where` given to a command that does not filter would otherwise be dropped
    /// silently (`speakers where role = customer` listing everyone).
    fileprivate static func refuseWhere(
        in arguments: [Word], unlessTakenBy command: any ShellCommand.Type
    ) throws(ShellError) {
        guard !command.takesWhere,
            let word = arguments.first(where: { !$0.wasQuoted && $0.text == "where" })
        else { return }
        let filtering = CommandRegistry.commands.filter { $0.takesWhere }
            .map(CommandRegistry.name(of:))
        throw ShellError(
            "\(CommandRegistry.name(of: command)) takes no where clause", column: word.column,
            suggestion: "commands that filter: " + filtering.joined(separator: ", "))
    }
}

extension ShellError {
    /// Any error as the user should read it.
    init(describing error: any Error) {
        switch error {
        case let error as ShellError: self = error
        case let error as LoadError: self.init(error.description)
        case is CancelledError: self.init("cancelled; nothing was changed")
        default: self.init(String(describing: error))
        }
    }
}

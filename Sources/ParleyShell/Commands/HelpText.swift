import ArgumentParser

/// Help pages built from the registry and the commands' own declarations.
enum HelpText {
    /// The overview: every command with its one-line summary.
    static func overview() -> String {
        let names = CommandRegistry.commands.map { command in
            ([CommandRegistry.name(of: command)] + CommandRegistry.aliases(of: command))
                .joined(separator: ", ")
        }
        let width = (names.map(\.count).max() ?? 0) + 2
        var lines = ["Parley: a shell for comment and conversation corpora.", "", "Commands:"]
        for (name, command) in zip(names, CommandRegistry.commands) {
            let padding = String(repeating: " ", count: width - name.count)
            lines.append("  " + name + padding + command.configuration.abstract)
        }
        lines += [
            "",
            "Type 'help COMMAND' for a command's usage and examples.",
            "Separate commands with ';'. A '#' starts a comment. Quote words with ' or \".",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One command's usage, options and runnable examples.
    static func usage(of command: any ShellCommand.Type) -> String {
        var text = command.helpMessage(columns: 80)
        while text.hasSuffix("\n") { text.removeLast() }
        text += "\n\nEXAMPLES:\n"
        text += command.examples.map { "  " + $0 }.joined(separator: "\n")
        return text + "\n"
    }
}

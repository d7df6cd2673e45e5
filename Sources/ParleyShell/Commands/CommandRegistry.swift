import ArgumentParser

/// The one list of commands. It drives dispatch, `help`, completion and "did you mean";
/// nothing else keeps a list of command names.
enum CommandRegistry {
    static let commands: [any ShellCommand.Type] = [
        LoadCommand.self,
        InfoCommand.self,
        ListCommand.self,
        ShowCommand.self,
        ThreadCommand.self,
        SpeakersCommand.self,
        SpeakerCommand.self,
        RoleCommand.self,
        RolesCommand.self,
        DialogueCommand.self,
        UnansweredCommand.self,
        RepliesCommand.self,
        ConversationsCommand.self,
        CountCommand.self,
        KwicCommand.self,
        TermsCommand.self,
        TopicsCommand.self,
        SentimentCommand.self,
        LexiconCommand.self,
        TrendCommand.self,
        CodebookCommand.self,
        ThemeCommand.self,
        TagCommand.self,
        UntagCommand.self,
        CoderCommand.self,
        MemoCommand.self,
        MemosCommand.self,
        ThemesCommand.self,
        AgreeCommand.self,
        ProblemsCommand.self,
        ExportCommand.self,
        OpenCommand.self,
        SaveCommand.self,
        WorkspaceCommand.self,
        VacuumCommand.self,
        SearchCommand.self,
        FormatsCommand.self,
        ModeCommand.self,
        OutputCommand.self,
        HelpCommand.self,
        QuitCommand.self,
    ]

    static func name(of command: any ShellCommand.Type) -> String {
        command.configuration.commandName ?? ""
    }

    static func aliases(of command: any ShellCommand.Type) -> [String] {
        command.configuration.aliases
    }

    /// Every name and alias, sorted.
    static var allNames: [String] {
        commands.flatMap { [name(of: $0)] + aliases(of: $0) }.sorted()
    }

    /// The command called `word` exactly (no prefixes: a script must not change meaning
    /// when a command is added).
    static func command(named word: String) -> (any ShellCommand.Type)? {
        commands.first { name(of: $0) == word || aliases(of: $0).contains(word) }
    }

    /// The error for an unknown command name; `column` where it stands in a typed line.
    static func unknownCommandError(_ name: String, column: Int? = nil) -> ShellError {
        ShellError(
            "unknown command '\(name)'", column: column,
            suggestion: Suggestions.didYouMean(name, among: allNames)
                ?? "type 'help' for the list of commands")
    }
}

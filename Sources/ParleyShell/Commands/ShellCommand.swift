import ArgumentParser

/// A command of the shell: its words are declared once with swift-argument-parser (which
/// also writes its help), and running it returns a value for the renderer.
///
/// Every command also lists runnable examples (shown in `help`, run by a registry test)
/// and says which shared clauses it takes.
protocol ShellCommand: ParsableCommand {
    /// Lines that run as they are against the sample corpora (the registry test runs them
    /// after `load corpora/support-conversations.csv`).
    static var examples: [String] { get }
    /// Fields for `sort FIELD [desc]`; empty when the command does not sort.
    static var sortFields: [String] { get }
    /// Whether `limit N` applies.
    static var takesLimit: Bool { get }
    /// Whether the command filters utterances with `where EXPR` (completion offers the
    /// language's fields and operators after `where`).
    static var takesWhere: Bool { get }
    /// What the next word is, for completion, given the words typed after the name.
    static func argumentKind(after words: [String]) -> ArgumentKind

    func run(in session: Session, clauses: Clauses) throws -> CommandResult
}

extension ShellCommand {
    static var sortFields: [String] { [] }
    static var takesLimit: Bool { false }
    static var takesWhere: Bool { false }
    static func argumentKind(after words: [String]) -> ArgumentKind { .none }
}

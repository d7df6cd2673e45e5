/// One word of a command line after quoting is resolved.
public struct Word: Sendable, Equatable {
    public var text: String
    /// Column (0-based, in characters) where the word starts in the line, for carets.
    public var column: Int
    /// Quoted words are never taken as keywords (`where`, `sort`, `limit`).
    public var wasQuoted: Bool
    /// The word as typed, quotes and backslashes kept: a `where` expression is lexed from
    /// this, so that its quoted parts stay strings and its tokens keep their columns.
    public var raw: String

    public init(_ text: String, column: Int, wasQuoted: Bool = false, raw: String? = nil) {
        self.text = text
        self.column = column
        self.wasQuoted = wasQuoted
        self.raw = raw ?? text
    }
}

/// A mistake in a `where` expression, with the column (in characters of the typed line)
/// of the token it is about, so the shell can draw a caret under it.
public struct QueryError: Error, Sendable, Equatable {
    public var message: String
    public var column: Int
    /// A hint shown after the message.
    public var suggestion: String?
    /// A misspelt word and what it may have meant to be, for the shell's "did you mean".
    public var misspelling: Misspelling?

    public struct Misspelling: Sendable, Equatable {
        public var word: String
        public var candidates: [String]
    }

    public init(
        _ message: String, column: Int, suggestion: String? = nil,
        misspelling: Misspelling? = nil
    ) {
        self.message = message
        self.column = column
        self.suggestion = suggestion
        self.misspelling = misspelling
    }
}

/// An error the user made or met, with what is needed to show it well: the message, a
/// suggestion, and the column of the offending word for a caret under it.
///
/// Rendered in one place (``ErrorFormatter``): `script.prl:3: message`, or `error: message`
/// at the prompt, then the line with a caret when the column is known.
public struct ShellError: Error, Sendable, Equatable {
    public var message: String
    /// Column (in characters) of the word that caused the error, if any.
    public var column: Int?
    /// `did you mean 'list'?` and the like, shown after the message.
    public var suggestion: String?

    public init(_ message: String, column: Int? = nil, suggestion: String? = nil) {
        self.message = message
        self.column = column
        self.suggestion = suggestion
    }
}

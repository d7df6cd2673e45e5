/// A record that could not be read as it was, with where it was.
public struct LoadProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: Sendable, Equatable {
        /// The record was skipped (or, under `--strict`, loading stopped).
        case error
        /// The record was loaded after a repair (e.g. invalid UTF-8 replaced with U+FFFD).
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    /// A short reason, lower case, no trailing period: `malformed JSON: expected ':' at
    /// column 17`, `missing text field`, `duplicate id 'c42' (first at line 7)`.
    public var reason: String

    public init(_ location: SourceLocation, _ severity: Severity, _ reason: String) {
        self.location = location
        self.severity = severity
        self.reason = reason
    }

    /// `file:line: reason`, or `file:line: warning: reason`.
    public var description: String {
        switch severity {
        case .error: "\(location): \(reason)"
        case .warning: "\(location): warning: \(reason)"
        }
    }
}

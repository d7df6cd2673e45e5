/// What running one line did, for the loop that called it.
public struct LineOutcome: Sendable, Equatable {
    /// A command on the line failed (its message has gone to the diagnostics sink).
    public var failed: Bool
    /// A command on the line asked to end the session.
    public var quit: Bool

    public init(failed: Bool = false, quit: Bool = false) {
        self.failed = failed
        self.quit = quit
    }
}

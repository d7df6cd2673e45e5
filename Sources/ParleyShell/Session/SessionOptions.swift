import ParleyCore

/// How the executable set up a session.
public struct SessionOptions: Sendable {
    /// The starting output mode (`--mode`, or `table` on a terminal, `plain` elsewhere).
    public var mode: OutputMode
    public var color: Bool
    /// Terminal columns for table mode.
    public var width: Int
    /// Asked now and then by long commands; the executable answers true after Ctrl-C.
    public var cancellation: Cancellation
    /// Relative paths in commands are taken from here; nil for the process's directory.
    /// Files are still reported by the path the user typed.
    public var workingDirectory: String?
    /// Shows how far long work has got; nil where nobody is watching a terminal.
    public var progress: ProgressReporter?
    /// Who manual tag decisions are recorded for until `coder NAME` (default: the OS user).
    public var coder: String
    /// The time tag decisions are recorded with, in seconds since 1970 (fixed in tests).
    public var clock: @Sendable () -> Double

    public init(
        mode: OutputMode = .plain, color: Bool = false, width: Int = 100,
        cancellation: Cancellation = .never, workingDirectory: String? = nil,
        progress: ProgressReporter? = nil, coder: String = SessionOptions.systemUser,
        clock: @escaping @Sendable () -> Double = SessionOptions.systemClock
    ) {
        self.coder = coder
        self.clock = clock
        self.mode = mode
        self.color = color
        self.width = width
        self.cancellation = cancellation
        self.workingDirectory = workingDirectory
        self.progress = progress
    }
}

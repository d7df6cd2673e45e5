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

    public init(
        mode: OutputMode = .plain, color: Bool = false, width: Int = 100,
        cancellation: Cancellation = .never, workingDirectory: String? = nil,
        progress: ProgressReporter? = nil
    ) {
        self.mode = mode
        self.color = color
        self.width = width
        self.cancellation = cancellation
        self.workingDirectory = workingDirectory
        self.progress = progress
    }
}

/// Where long work tells a person how far it has got. The executable supplies one when
/// standard error is a terminal (DESIGN.md: progress on stderr only then); the session
/// never writes progress itself, since workers call it from other threads.
public struct ProgressReporter: Sendable {
    /// `done` of `total` items of the task named `task` are finished. Called often and
    /// from any thread: the reporter decides how often to show it.
    public var report: @Sendable (_ task: String, _ done: Int, _ total: Int) -> Void
    /// The task ended (finished, failed or cancelled): clear what was shown.
    public var finish: @Sendable () -> Void

    public init(
        report: @escaping @Sendable (_ task: String, _ done: Int, _ total: Int) -> Void,
        finish: @escaping @Sendable () -> Void
    ) {
        self.report = report
        self.finish = finish
    }
}

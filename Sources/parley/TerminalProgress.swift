import Glibc
import ParleyShell
import Synchronization

/// Progress of long work on standard error, when that is a terminal: one line redrawn in
/// place, shown only once the work has taken longer than ``delayBeforeShowing`` and then at
/// most every ``minimumInterval``, and erased when the work ends.
final class TerminalProgress: Sendable {
    static let delayBeforeShowing: UInt64 = 500_000_000  // nanoseconds
    static let minimumInterval: UInt64 = 100_000_000  // nanoseconds

    /// When the current task reported first (0: no task running).
    private let started = Atomic<UInt64>(0)
    /// When the line was last drawn (0: not drawn for this task).
    private let lastShown = Atomic<UInt64>(0)

    /// A reporter when standard error is a terminal, else nil.
    static func reporter() -> ProgressReporter? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let progress = TerminalProgress()
        return ProgressReporter(
            report: { task, done, total in progress.report(task, done: done, total: total) },
            finish: { progress.finish() })
    }

    private func report(_ task: String, done: Int, total: Int) {
        let now = Self.now()
        let start = started.compareExchange(expected: 0, desired: now, ordering: .relaxed)
        let startedAt = start.exchanged ? now : start.original
        guard now - startedAt >= Self.delayBeforeShowing else { return }
        let last = lastShown.load(ordering: .relaxed)
        guard now - last >= Self.minimumInterval,
            lastShown.compareExchange(expected: last, desired: now, ordering: .relaxed).exchanged
        else { return }
        let percent = total > 0 ? done * 100 / total : 0
        draw("\r\(task): \(percent)% (\(done) of \(total))\u{1b}[K")
    }

    private func finish() {
        if lastShown.exchange(0, ordering: .relaxed) != 0 { draw("\r\u{1b}[K") }
        started.store(0, ordering: .relaxed)
    }

    private func draw(_ text: String) {
        _ = writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

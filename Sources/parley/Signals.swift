import Glibc
import Synchronization

/// Set by SIGINT (Ctrl-C). At the prompt the line editor clears the line; during a
/// command the session's `Cancellation` reads it. Reset before each command.
let interruptRequested = Atomic<Bool>(false)

/// Set by SIGWINCH; the loop gives the session the new width before the next command.
let windowResized = Atomic<Bool>(false)

/// Signal dispositions of the executable.
enum Signals {
    /// A closed pipe shows up as EPIPE from write(2) instead of killing the process, so
    /// `parley ... | head -1` can end quietly with status 0.
    static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Interactive only: Ctrl-C and window changes set flags instead of ending the
    /// process. No SA_RESTART, so readline's read(2) returns EINTR and readline calls its
    /// signal event hook, where the line is cleared.
    static func installInteractiveHandlers() {
        install(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
        install(SIGWINCH) { _ in windowResized.store(true, ordering: .relaxed) }
        // A blocked signal mask is inherited across exec: a parent that blocks SIGINT
        // (some test runners and process launchers do) would leave Ctrl-C dead here.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    private static func install(_ number: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(number, &action, nil)
    }
}

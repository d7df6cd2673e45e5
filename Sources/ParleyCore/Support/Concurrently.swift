import Dispatch

/// Runs `first` and `second` at the same time (on two cores, when there are two) and
/// returns both results.
func concurrently<First, Second>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    // Each slot is written by one iteration and read after both have ended.
    nonisolated(unsafe) var firstResult: First?
    nonisolated(unsafe) var secondResult: Second?
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { firstResult = first() } else { secondResult = second() }
    }
    guard let firstResult, let secondResult else { preconditionFailure("an iteration did not run") }
    return (firstResult, secondResult)
}

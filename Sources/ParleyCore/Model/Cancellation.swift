/// A question long work asks now and then: should it stop?
///
/// The core keeps no global state, so whoever starts the work (the executable, on Ctrl-C)
/// supplies the answer.
public struct Cancellation: Sendable {
    private let check: @Sendable () -> Bool

    public init(_ check: @escaping @Sendable () -> Bool) { self.check = check }

    /// Work that nobody can cancel.
    public static let never = Cancellation { false }

    public var isCancelled: Bool { check() }
}

/// Thrown by long work that stopped because it was asked to.
public struct CancelledError: Error, Equatable, Sendable {
    public init() {}
}

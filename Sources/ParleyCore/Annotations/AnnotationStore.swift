/// Where an analyst's changes are kept: in memory for a session without a workspace, or
/// in the workspace file (`ParleyStore`).
///
/// A caller can rely on this: when ``record(_:)`` returns, the change is kept (in a
/// workspace, committed in its own transaction, so a crash a moment later does not lose
/// it); when it throws, nothing was kept. ``changes()`` gives every recorded change back
/// in the order recorded.
public protocol AnnotationStore: AnyObject {
    /// Keeps `changes` together: all of them or, on error, none.
    func record(_ changes: [AnnotationChange]) throws
    /// Every change recorded, oldest first.
    func changes() throws -> [AnnotationChange]
    /// How many changes of each kind are recorded (kinds with none are left out).
    func counts() throws -> [AnnotationKind: Int]
}

extension AnnotationStore {
    public func record(_ change: AnnotationChange) throws { try record([change]) }
}

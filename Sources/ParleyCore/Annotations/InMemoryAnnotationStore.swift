/// The annotation store of a session with no workspace: changes live as long as the
/// process (and `save FILE` copies them into a workspace).
public final class InMemoryAnnotationStore: AnnotationStore {
    private var recorded: [AnnotationChange] = []

    public init(_ changes: [AnnotationChange] = []) { recorded = changes }

    public func record(_ changes: [AnnotationChange]) throws { recorded += changes }

    public func changes() throws -> [AnnotationChange] { recorded }

    public func counts() throws -> [AnnotationKind: Int] {
        recorded.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }

    /// Whether anything was recorded (what quitting without a workspace would lose).
    public var isEmpty: Bool { recorded.isEmpty }
}

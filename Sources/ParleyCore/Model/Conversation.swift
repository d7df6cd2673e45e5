/// A reply tree: its root utterance and everything below it.
///
/// As in ConvoKit, a conversation is identified by the id of its root utterance.
public struct Conversation: Sendable, Hashable {
    public var id: String
    public var rootIndex: Int
    public var utteranceCount: Int
    /// Deepest reply below the root (the root is depth 0).
    public var maxDepth: Int
    public var speakerCount: Int
    public var firstTimestamp: Double?
    public var lastTimestamp: Double?
}

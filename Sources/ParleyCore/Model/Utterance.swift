/// One utterance as a value, materialised from the compact corpus on demand.
public struct Utterance: Sendable {
    public var index: Int
    public var id: String
    public var speaker: String
    public var role: Role
    public var conversationID: String
    /// The reply-to id as the data gave it, even when it named a missing utterance.
    public var replyTo: String?
    /// The parent in the reply forest; nil for roots, orphans and broken cycle points.
    public var parentIndex: Int?
    public var timestamp: Double?
    public var text: String
    public var depth: Int
    public var replyCount: Int
    public var metadata: [(key: String, value: MetadataValue)]
    public var source: SourceLocation?
}

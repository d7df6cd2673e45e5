/// One utterance as a reader found it, before reply links are resolved.
public struct UtteranceRecord: Sendable {
    public var id: String
    /// The id of the utterance this one replies to, if the data names one.
    public var replyTo: String?
    /// Missing speakers are recorded as ``Speaker/unknownID``.
    public var speaker: String?
    /// Seconds since 1970-01-01T00:00:00Z.
    public var timestamp: Double?
    public var text: String
    /// The speaker's role, where the format says (e.g. TWCS `inbound`).
    public var role: Role?
    public var metadata: [(key: String, value: MetadataValue)]
    public var source: SourceLocation?

    public init(
        id: String, replyTo: String? = nil, speaker: String? = nil, timestamp: Double? = nil,
        text: String, role: Role? = nil, metadata: [(key: String, value: MetadataValue)] = [],
        source: SourceLocation? = nil
    ) {
        self.id = id
        self.replyTo = replyTo
        self.speaker = speaker
        self.timestamp = timestamp
        self.text = text
        self.role = role
        self.metadata = metadata
        self.source = source
    }
}

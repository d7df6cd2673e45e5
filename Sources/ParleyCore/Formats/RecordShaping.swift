/// How a format-specific reader reshapes records that a generic JSON Lines or CSV parser
/// produced, as they are added: nested objects flattened into dotted metadata keys, keys
/// dropped, a role read from a metadata value, extra metadata for given ids.
///
/// Applied on the serial path (``RecordSink``), so a reader pays for it only when it asks:
/// without shaping, or with only a role key, records stay bytes.
struct RecordShaping: Sendable {
    /// Object-valued metadata keys whose members become `KEY.MEMBER` entries
    /// (ConvoKit's `meta`), so `show` lists them and `where meta.score > 3` can name them.
    var flattenedKeys: Set<String> = []
    /// Metadata keys not kept at all (ConvoKit's `vectors`, derived `conversation_id`).
    var droppedKeys: Set<String> = []
    /// A metadata key whose value decides the role (TWCS `inbound`), and the values that
    /// mean organization (`False`: the tweet came from the brand's account).
    var roleKey: String?
    var organizationValues: Set<String> = []
    /// Speakers known to be on the organization's side (ConvoKit `speakers.json`).
    var organizationSpeakers: Set<String> = []
    /// Entries appended to the metadata of the utterance with a given id (ConvoKit's
    /// conversation metadata, attached to the conversation's root).
    var extraMetadata: [String: [(key: String, value: MetadataValue)]] = [:]

    /// Whether records must become `String`s to be shaped. A role key alone is read on
    /// the records' bytes (``RecordSink``).
    var needsStrings: Bool {
        !(flattenedKeys.isEmpty && droppedKeys.isEmpty && organizationSpeakers.isEmpty
            && extraMetadata.isEmpty)
    }

    /// Rewrites `entries` in place; returns the role the shaping gives the record, if any.
    func apply(
        to entries: inout [(key: String, value: MetadataValue)], id: () -> String,
        speaker: () -> String
    ) -> Role? {
        var role: Role?
        if !flattenedKeys.isEmpty || !droppedKeys.isEmpty || roleKey != nil {
            var shaped: [(key: String, value: MetadataValue)] = []
            shaped.reserveCapacity(entries.count)
            for entry in entries where !droppedKeys.contains(entry.key) {
                if entry.key == roleKey {
                    role = organizationValues.contains(entry.value.text) ? .organization : nil
                }
                if flattenedKeys.contains(entry.key), entry.value.kind == .json,
                    let members = JSONMembers.members(ofObject: entry.value.text)
                {
                    for member in members { shaped.append((entry.key + "." + member.0, member.1)) }
                } else {
                    shaped.append(entry)
                }
            }
            entries = shaped
        }
        if !organizationSpeakers.isEmpty, organizationSpeakers.contains(speaker()) {
            role = .organization
        }
        if !extraMetadata.isEmpty, let extra = extraMetadata[id()] {
            entries.append(contentsOf: extra)
        }
        return role
    }
}

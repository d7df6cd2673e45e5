/// What a reader does with a source field: feed an utterance field, or keep it as metadata.
enum FieldRole: Sendable, Equatable {
    case field(UtteranceField)
    /// Metadata under key number `n` of the batch being filled.
    case metadata(Int32)
    /// A column with an empty header: not a field at all (pandas' unnamed index column).
    case ignored
}

/// Maps key bytes to their ``FieldRole`` without making a `String` per key (see
/// ``PositionalKeyTable``); a key's `String` is made once, when it is first seen.
struct KeyClassifier {
    private var roles = PositionalKeyTable<FieldRole>()
    private let mapping: FieldMapping
    /// Metadata key names by number, in first-seen order.
    private(set) var metadataKeys: [String] = []

    init(mapping: FieldMapping) { self.mapping = mapping }

    mutating func role(of key: UnsafeBufferPointer<UInt8>, position: Int) -> FieldRole {
        if let known = roles.value(of: key, position: position) { return known }
        let name = String(decoding: key, as: UTF8.self)
        let role: FieldRole
        if let field = mapping.field(named: name) {
            role = .field(field)
        } else {
            role = .metadata(Int32(metadataKeys.count))
            metadataKeys.append(name)
        }
        roles.learn(key, role, position: position)
        return role
    }
}

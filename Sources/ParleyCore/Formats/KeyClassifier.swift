/// What a reader does with a source field: feed an utterance field, or keep it as metadata.
enum FieldRole: Sendable, Equatable {
    case field(UtteranceField)
    /// Metadata under key number `n` of the batch being filled.
    case metadata(Int32)
    /// A column with an empty header: not a field at all (pandas' unnamed index column).
    case ignored
}

/// Maps key bytes to their ``FieldRole`` without making a `String` per key.
///
/// Records of one file nearly always list their keys in the same order, so the classifier
/// first checks the key seen at the same position in the previous record: one comparison
/// per key in the common case, a hash lookup otherwise. (A scan of the known keys made a
/// file whose records each bring a new key quadratic: 300,000 such records took 26 s.)
struct KeyClassifier {
    private var keyBytes = StringTable()
    private var keyIndex = ByteStringIndex()
    private var roles: [FieldRole] = []
    /// The known key seen at each position of the previous record.
    private var previousAtPosition: [Int] = []
    private let mapping: FieldMapping
    /// Metadata key names by number, in first-seen order.
    private(set) var metadataKeys: [String] = []

    init(mapping: FieldMapping) { self.mapping = mapping }

    mutating func role(of key: UnsafeBufferPointer<UInt8>, position: Int) -> FieldRole {
        if position < previousAtPosition.count {
            let guess = previousAtPosition[position]
            if keyBytes.bytesEqual(guess, key) { return roles[guess] }
        }
        let known = known(key)
        if position < previousAtPosition.count {
            previousAtPosition[position] = known
        } else {
            previousAtPosition.append(known)
        }
        return roles[known]
    }

    /// The number of `key`, learnt now if it is new.
    private mutating func known(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let next = Int32(keyBytes.count)
        if let existing = keyIndex.insertIfAbsent(key, position: next, table: keyBytes) {
            return Int(existing)
        }
        // Key bytes are compared, never shown; the name is the repaired text.
        keyBytes.append(validUTF8: key)
        let name = String(decoding: key, as: UTF8.self)
        if let field = mapping.field(named: name) {
            roles.append(.field(field))
        } else {
            roles.append(.metadata(Int32(metadataKeys.count)))
            metadataKeys.append(name)
        }
        return Int(next)
    }
}

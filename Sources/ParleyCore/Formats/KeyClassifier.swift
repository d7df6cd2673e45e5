#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
/// per key in the common case, a scan of the known keys otherwise.
struct KeyClassifier {
    private var keyBytes: [[UInt8]] = []
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
            if equal(keyBytes[guess], key) { return roles[guess] }
        }
        let known = keyBytes.firstIndex { equal($0, key) } ?? learn(key)
        if position < previousAtPosition.count {
            previousAtPosition[position] = known
        } else {
            previousAtPosition.append(known)
        }
        return roles[known]
    }

    private mutating func learn(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let name = String(decoding: key, as: UTF8.self)
        let role: FieldRole
        if let field = mapping.field(named: name) {
            role = .field(field)
        } else {
            role = .metadata(Int32(metadataKeys.count))
            metadataKeys.append(name)
        }
        keyBytes.append(Array(key))
        roles.append(role)
        return keyBytes.count - 1
    }

    @inline(__always)
    private func equal(_ known: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard known.count == key.count else { return false }
        return known.withUnsafeBufferPointer { known in
            guard let left = known.baseAddress, let right = key.baseAddress else { return true }
            return memcmp(left, right, key.count) == 0
        }
    }
}

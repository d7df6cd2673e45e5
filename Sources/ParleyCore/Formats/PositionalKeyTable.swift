/// Key bytes to a value learnt once per distinct key, for parsers that classify every key
/// of every record without making a `String` of it.
///
/// Records of one file nearly always list their keys in the same order, so the key seen
/// at the same position in the previous record is tried first: one comparison per key in
/// the common case, a hash lookup otherwise. (A scan of the known keys made a file whose
/// records each bring a new key quadratic: 300,000 such records took 26 s.)
struct PositionalKeyTable<Value: Sendable>: Sendable {
    private var keyBytes = StringTable()
    private var index = ByteStringIndex()
    private var values: [Value] = []
    /// The known key seen at each position of the previous record.
    private var previousAtPosition: [Int] = []

    /// Distinct keys learnt.
    var count: Int { values.count }

    /// The value learnt for `key`, if it was; `key` is then remembered at `position`.
    mutating func value(of key: UnsafeBufferPointer<UInt8>, position: Int) -> Value? {
        if position < previousAtPosition.count {
            let guess = previousAtPosition[position]
            if keyBytes.bytesEqual(guess, key) { return values[guess] }
        }
        guard let found = index.find(key, in: keyBytes) else { return nil }
        remember(Int(found), at: position)
        return values[Int(found)]
    }

    /// Learns `value` for `key`, which ``value(of:position:)`` did not know. Key bytes
    /// are only compared, so they are kept as they came.
    mutating func learn(_ key: UnsafeBufferPointer<UInt8>, _ value: Value, position: Int) {
        let next = keyBytes.count
        keyBytes.append(validUTF8: key)
        index.insert(key, position: Int32(next), table: keyBytes)
        values.append(value)
        remember(next, at: position)
    }

    private mutating func remember(_ known: Int, at position: Int) {
        if position < previousAtPosition.count {
            previousAtPosition[position] = known
        } else {
            previousAtPosition.append(known)
        }
    }
}

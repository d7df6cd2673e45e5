/// Per-utterance metadata, stored a column per key (``MetadataColumn``: repeated values
/// dictionary-encoded, a byte a row while a key has few distinct values) plus each
/// utterance's shape: the keys it has, in the order the data gave them. Records of one
/// file almost always share a handful of shapes, so the shape costs a byte an utterance.
///
/// The earlier layout stored a key number, a kind and an offset for every entry and an
/// eight-byte run end for every utterance; this one lowered the peak of a 1M-row TWCS
/// load (two keys) from 230 to 209 MB and of 1M Reddit comments (three) from 306 to
/// 255 MB. Keys of a hostile file that never repeat cost a column each: memory in
/// proportion to the entries still, and lookups that never scan other keys.
public struct MetadataStore: Sendable {
    public private(set) var keys: [String] = []
    private var keyIndex: [String: Int32] = [:]
    private var columns: [MetadataColumn] = []
    /// Each shape's key numbers as four little-endian bytes each, so that a shape is
    /// stored and found like any byte string (a dictionary of arrays cost about 80 bytes
    /// a shape, and a hostile file can make one a record).
    private var shapes = StringTable()
    private var shapeIndex = ByteStringIndex()
    private var shapeOfUtterance = NarrowIntegers()
    /// The shape of the one utterance before, and its keys. The utterance being appended
    /// is held against them key by key (`matchedKeys` so far); only when it strays are its
    /// keys written out in `pendingShape` (-1 in `matchedKeys`). Writing every
    /// utterance's keys and emptying them again was a tenth of adding a TWCS record.
    private var lastShape: Int?
    private var lastShapeKeys: [Int32] = []
    private var matchedKeys = 0
    private var pendingShape: [UInt8] = []
    private var expectedUtterances = 0
    public private(set) var entryCount = 0

    public init() {}

    public var utteranceCount: Int { shapeOfUtterance.count }

    /// Makes room ahead of a load (columns are sized from it when their key first comes).
    public mutating func reserveCapacity(utterances: Int) {
        expectedUtterances = max(expectedUtterances, utterances)
        shapeOfUtterance.reserveCapacity(utterances)
    }

    /// Appends the metadata of the next utterance.
    public mutating func appendUtterance(_ entries: [(key: String, value: MetadataValue)]) {
        for entry in entries {
            var text = entry.value.text
            let key = intern(entry.key)
            text.withUTF8 { appendEntry(key: key, kind: entry.value.kind, validUTF8: $0) }
        }
        finishUtterance()
    }

    /// Appends one entry of the next utterance, given as a number from
    /// ``internKey(_:)`` and bytes the caller guarantees are valid UTF-8; readers use it
    /// to store metadata without making a `String` of each key and value. A key given
    /// twice for one utterance keeps the later value, as JSON parsers do.
    mutating func appendEntry(
        key: Int32, kind: MetadataValue.Kind, validUTF8 value: UnsafeBufferPointer<UInt8>
    ) {
        guard columns[Int(key)].set(row: utteranceCount, kind: kind, text: value) else { return }
        entryCount += 1
        if matchedKeys >= 0 {
            if matchedKeys < lastShapeKeys.count, lastShapeKeys[matchedKeys] == key {
                matchedKeys += 1
                return
            }
            writeOutMatchedKeys()
        }
        withUnsafeBytes(of: key.littleEndian) { pendingShape.append(contentsOf: $0) }
    }

    /// Closes the next utterance's entries (none is fine).
    public mutating func finishUtterance() {
        defer { matchedKeys = 0 }
        if let lastShape, matchedKeys == lastShapeKeys.count {
            shapeOfUtterance.append(lastShape)
            return
        }
        if matchedKeys >= 0 { writeOutMatchedKeys() }
        let shape = pendingShape.withUnsafeBufferPointer { pending in
            let next = Int32(shapes.count)
            if let known = shapeIndex.insertIfAbsent(pending, position: next, table: shapes) {
                return Int(known)
            }
            shapes.append(validUTF8: pending)
            return Int(next)
        }
        lastShape = shape
        lastShapeKeys = pendingShape.withUnsafeBytes { bytes in
            (0..<bytes.count / 4).map {
                Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self))
            }
        }
        shapeOfUtterance.append(shape)
        pendingShape.removeAll(keepingCapacity: true)
    }

    /// Starts `pendingShape` with the keys matched so far, on the first that differs.
    private mutating func writeOutMatchedKeys() {
        pendingShape.removeAll(keepingCapacity: true)
        for key in lastShapeKeys[..<matchedKeys] {
            withUnsafeBytes(of: key.littleEndian) { pendingShape.append(contentsOf: $0) }
        }
        matchedKeys = -1
    }

    /// Removes utterances from `count` onwards (used when a record is rejected after its
    /// metadata was stored).
    public mutating func truncate(to count: Int) {
        guard count < utteranceCount else { return }
        for column in columns.indices { columns[column].truncate(toRows: count) }
        shapeOfUtterance.removeLast(utteranceCount - count)
        entryCount = columns.reduce(0) { $0 + $1.count }
        // Keys are interned in order of first use, so those first used by the dropped
        // utterances are exactly the trailing keys left without values.
        while let last = columns.last, last.count == 0 {
            columns.removeLast()
            keyIndex[keys.removeLast()] = nil
        }
        // A shape is a list of key numbers: one naming a dropped key's number means the
        // same for the key that gets the number next, so the shapes stay.
    }

    /// The metadata of utterance `index`, in the order the data gave it.
    public func entries(of index: Int) -> [(key: String, value: MetadataValue)] {
        shapes.withBytes(shapeOfUtterance[index]) { shape in
            var entries: [(key: String, value: MetadataValue)] = []
            entries.reserveCapacity(shape.count / 4)
            columns.withUnsafeBufferPointer { columns in
                for start in stride(from: 0, to: shape.count - 3, by: 4) {
                    let key =
                        Int(shape[start]) | Int(shape[start + 1]) << 8
                        | Int(shape[start + 2]) << 16 | Int(shape[start + 3]) << 24
                    if let value = columns[key].value(row: index) {
                        entries.append((keys[key], value))
                    }
                }
            }
            return entries
        }
    }

    /// The value of `key` for utterance `index`, if it has one.
    public func value(of index: Int, key: String) -> MetadataValue? {
        keyNumber(key).flatMap { value(of: index, keyNumber: $0) }
    }

    /// The number standing for `key`, for looking up one key in many utterances without
    /// hashing it each time; nil when no utterance has it.
    public func keyNumber(_ key: String) -> Int32? { keyIndex[key] }

    public func value(of index: Int, keyNumber key: Int32) -> MetadataValue? {
        // Through a buffer pointer: `columns[key]` would copy the column, a retain and a
        // release of each of its arrays on every lookup.
        columns.withUnsafeBufferPointer { $0[Int(key)].value(row: index) }
    }

    /// The column of key number `key`, for reading one key of many utterances: a copy
    /// taken once, where a lookup through the store pays a retain and a release of the
    /// column's storage each time (shared counts that two threads would fight over).
    func column(keyNumber key: Int32) -> MetadataColumn { columns[Int(key)] }

    /// The number of `key`, interned if new. Intern a key only for an entry that is about
    /// to be appended: ``truncate(to:)`` relies on keys being numbered in order of use.
    mutating func internKey(_ key: String) -> Int32 { intern(key) }

    /// Bytes held, for memory accounting.
    var byteCount: Int {
        columns.reduce(0) { $0 + $1.byteCount } + shapeOfUtterance.byteCount
            + shapes.storageByteCount
    }

    private mutating func intern(_ key: String) -> Int32 {
        if let existing = keyIndex[key] { return existing }
        let new = Int32(keys.count)
        keys.append(key)
        keyIndex[key] = new
        columns.append(MetadataColumn(expectedRows: expectedUtterances))
        return new
    }
}

extension MetadataStore: Equatable {
    /// Equal when they hold the same keys and every utterance the same entries, however
    /// their columns came to be encoded.
    public static func == (lhs: MetadataStore, rhs: MetadataStore) -> Bool {
        guard lhs.keys == rhs.keys, lhs.utteranceCount == rhs.utteranceCount,
            lhs.entryCount == rhs.entryCount
        else { return false }
        for index in 0..<lhs.utteranceCount {
            let (left, right) = (lhs.entries(of: index), rhs.entries(of: index))
            guard left.count == right.count else { return false }
            for (a, b) in zip(left, right) where a.key != b.key || a.value != b.value {
                return false
            }
        }
        return true
    }
}

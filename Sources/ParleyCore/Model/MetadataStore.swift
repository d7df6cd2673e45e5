/// Per-utterance metadata stored sparsely: each utterance owns a run of (key, value)
/// entries, keys interned once for the corpus.
///
/// Formats such as Pushshift Reddit carry dozens of keys of which any one record uses a
/// few; a dense column per key would cost memory for every absent value.
public struct MetadataStore: Sendable, Equatable {
    public private(set) var keys: [String] = []
    private var keyIndex: [String: Int32] = [:]
    /// `runEnds[u]` is one past the last entry of utterance `u`.
    private var runEnds: [Int] = []
    private var entryKeys: [Int32] = []
    private var entryKinds: [MetadataValue.Kind] = []
    private var entryTexts = StringTable()

    public init() {}

    public var utteranceCount: Int { runEnds.count }
    public var entryCount: Int { entryKeys.count }

    /// Makes room ahead of a load. Reserved but unused capacity costs address space, not
    /// memory, while growing by doubling leaves freed copies in the allocator's hands.
    public mutating func reserveCapacity(utterances: Int, entries: Int, textBytes: Int) {
        runEnds.reserveCapacity(utterances)
        entryKeys.reserveCapacity(entries)
        entryKinds.reserveCapacity(entries)
        entryTexts.reserveCapacity(strings: entries, bytes: textBytes)
    }

    /// Appends the metadata of the next utterance.
    public mutating func appendUtterance(_ entries: [(key: String, value: MetadataValue)]) {
        for entry in entries {
            entryKeys.append(intern(entry.key))
            entryKinds.append(entry.value.kind)
            entryTexts.append(entry.value.text)
        }
        finishUtterance()
    }

    /// Appends one entry of the next utterance, given as a number from
    /// ``internKey(_:)`` and bytes the caller guarantees are valid UTF-8; readers use it
    /// to store metadata without making a `String` of each key and value.
    mutating func appendEntry(
        key: Int32, kind: MetadataValue.Kind, validUTF8 value: UnsafeBufferPointer<UInt8>
    ) {
        entryKeys.append(key)
        entryKinds.append(kind)
        entryTexts.append(validUTF8: value)
    }

    /// Closes the next utterance's entries (none is fine).
    mutating func finishUtterance() { runEnds.append(entryKeys.count) }

    /// Removes utterances from `count` onwards (used when a record is rejected after its
    /// metadata was stored).
    public mutating func truncate(to count: Int) {
        guard count < runEnds.count else { return }
        let entryCount = count == 0 ? 0 : runEnds[count - 1]
        runEnds.removeSubrange(count...)
        entryKeys.removeSubrange(entryCount...)
        entryKinds.removeSubrange(entryCount...)
        entryTexts.truncate(to: entryCount)
        // Keys are interned in order of first use, so those first used by the dropped
        // utterances are exactly the ones after the largest key still in use.
        let keptKeyCount = Int(entryKeys.max() ?? -1) + 1
        for key in keys[keptKeyCount...] { keyIndex[key] = nil }
        keys.removeSubrange(keptKeyCount...)
    }

    /// The metadata of utterance `index`, in the order the data gave it.
    public func entries(of index: Int) -> [(key: String, value: MetadataValue)] {
        entryRange(index).map { entry in
            (keys[Int(entryKeys[entry])], MetadataValue(entryKinds[entry], entryTexts[entry]))
        }
    }

    /// The value of `key` for utterance `index`, if it has one.
    public func value(of index: Int, key: String) -> MetadataValue? {
        keyNumber(key).flatMap { value(of: index, keyNumber: $0) }
    }

    /// The number standing for `key`, for looking up one key in many utterances without
    /// hashing it each time; nil when no utterance has it.
    public func keyNumber(_ key: String) -> Int32? { keyIndex[key] }

    public func value(of index: Int, keyNumber wanted: Int32) -> MetadataValue? {
        for entry in entryRange(index) where entryKeys[entry] == wanted {
            return MetadataValue(entryKinds[entry], entryTexts[entry])
        }
        return nil
    }

    /// Where `key`'s value for utterance `index` lies in ``withValueBytes(_:)``'s buffer.
    func valueByteRange(of index: Int, keyNumber wanted: Int32) -> Range<Int>? {
        for entry in entryRange(index) where entryKeys[entry] == wanted {
            return entryTexts.byteRange(entry)
        }
        return nil
    }

    /// Calls `body` with the bytes of every value, back to back.
    func withValueBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        entryTexts.bytes.withUnsafeBufferPointer(body)
    }

    private func entryRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : runEnds[index - 1])..<runEnds[index]
    }

    /// The number of `key`, interned if new. Intern a key only for an entry that is about
    /// to be appended: ``truncate(to:)`` relies on keys being numbered in order of use.
    mutating func internKey(_ key: String) -> Int32 { intern(key) }

    private mutating func intern(_ key: String) -> Int32 {
        if let existing = keyIndex[key] { return existing }
        let new = Int32(keys.count)
        keys.append(key)
        keyIndex[key] = new
        return new
    }
}

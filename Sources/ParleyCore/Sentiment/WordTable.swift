/// An immutable hash table from lowercase UTF-8 words to ``WordInfo``, probed with raw
/// token bytes.
///
/// The hot path of scoring is one lookup per token. Probing with the token's bytes, folding
/// ASCII case while hashing and comparing, avoids making a `String` per token (the
/// reference's `item.lower() in self.lexicon`).
final class WordTable: @unchecked Sendable {
    // @unchecked: every buffer is written in `init` and only read afterwards.
    private let keyBytes: UnsafeMutableBufferPointer<UInt8>
    private let keyStarts: UnsafeMutableBufferPointer<Int32>
    private let infos: UnsafeMutableBufferPointer<WordInfo>
    /// Open addressing: each slot holds an entry's full hash (high 32 bits) and index + 1
    /// (low 32 bits; 0 for an empty slot), so most misses never touch the keys.
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let mask: Int
    /// Slots are chosen by the hash's top bits, the best mixed by the final multiply.
    private let slotShift: UInt32
    let count: Int

    /// Builds the table; `entries` hold lowercase words, each once.
    init(entries: [(word: [UInt8], info: WordInfo)]) {
        count = entries.count
        let totalBytes = entries.reduce(0) { $0 + $1.word.count }
        keyBytes = .allocate(capacity: max(totalBytes, 1))
        keyStarts = .allocate(capacity: entries.count + 1)
        infos = .allocate(capacity: max(entries.count, 1))
        var capacity = 16
        var bits: UInt32 = 4
        while capacity < entries.count * 2 {
            capacity *= 2
            bits += 1
        }
        slotShift = 32 - bits
        infos.initialize(repeating: WordInfo())
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0)
        mask = capacity - 1
        var offset = 0
        for (index, entry) in entries.enumerated() {
            keyStarts[index] = Int32(offset)
            for byte in entry.word {
                keyBytes[offset] = byte
                offset += 1
            }
            infos[index] = entry.info
            let hash = Self.hash(entry.word)
            var slot = Int(hash >> slotShift)
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        }
        keyStarts[entries.count] = Int32(offset)
    }

    deinit {
        keyBytes.deallocate()
        keyStarts.deallocate()
        infos.deallocate()
        slots.deallocate()
    }

    /// The table's hash of a word's bytes. Bytes are packed eight at a time into a word and
    /// multiplied once per word, so hashing costs little more than reading the token; the
    /// tokenizer computes the same value incrementally with ``WordHasher``.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var hasher = WordHasher()
        for byte in bytes { hasher.add(byte) }
        return hasher.finish()
    }

    /// The entry whose key equals `bytes` with ASCII letters lowered; `hash` must be
    /// ``hash(_:)`` of those lowered bytes. Returns the entry's index, or -1.
    @inline(__always)
    func lookup(asciiFolding bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        var slot = Int(hash >> slotShift)
        while true {
            let content = slots[slot]
            if content == 0 { return -1 }
            if UInt32(truncatingIfNeeded: content >> 32) == hash {
                let index = Int(UInt32(truncatingIfNeeded: content)) - 1
                let start = Int(keyStarts[index])
                let length = Int(keyStarts[index + 1]) - start
                if length == bytes.count && matches(bytes, keyStart: start) { return index }
            }
            slot = (slot &+ 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, keyStart: Int) -> Bool {
        for offset in 0..<bytes.count
        where PythonText.asciiLowercase(bytes[offset]) != keyBytes[keyStart + offset] {
            return false
        }
        return true
    }

    /// The entry for a lowercase word, or -1.
    func lookup(_ word: [UInt8]) -> Int {
        word.withUnsafeBufferPointer { lookup(asciiFolding: $0, hash: Self.hash($0)) }
    }

    func info(at index: Int) -> WordInfo { infos[index] }

    /// The lowercase spelling of entry `index`.
    func word(at index: Int) -> [UInt8] {
        Array(keyBytes[Int(keyStarts[index])..<Int(keyStarts[index + 1])])
    }
}

/// The incremental form of ``WordTable/hash(_:)``.
struct WordHasher {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private var shift: UInt64 = 0
    private var count: UInt64 = 0
    private static let multiplier: UInt64 = 0xBF58_476D_1CE4_E5B9

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        pending |= UInt64(byte) << shift
        shift += 8
        count += 1
        if shift == 64 {
            state = (state ^ pending) &* Self.multiplier
            pending = 0
            shift = 0
        }
    }

    /// The top half of one multiply: its high bits depend on every input bit.
    @inline(__always)
    func finish() -> UInt32 {
        let mixed = (state ^ pending ^ (count << 56)) &* Self.multiplier
        return UInt32(truncatingIfNeeded: mixed >> 32)
    }
}

/// An immutable hash table from lowercase UTF-8 words to ``WordInfo``, probed with raw
/// token bytes.
///
/// The hot path of scoring is one lookup per token. Probing with the token's bytes, folding
/// ASCII case while hashing and comparing, avoids making a `String` per token (the
/// reference's `item.lower() in self.lexicon`).
final class WordTable: @unchecked Sendable {
    // @unchecked: every buffer is written in `init` and only read afterwards.

    /// One word: its first eight bytes and its info side by side, so a found word costs one
    /// cache line (with the key bytes and infos in separate arrays, three lines missed).
    struct Entry {
        /// The word's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64
        var keyStart: Int32
        var keyLength: Int32
        var info: WordInfo
    }

    private let entries: UnsafeMutableBufferPointer<Entry>
    /// The full keys, for words longer than eight bytes.
    private let keyBytes: UnsafeMutableBufferPointer<UInt8>
    /// Open addressing: each slot holds an entry's full hash (high 32 bits) and index + 1
    /// (low 32 bits; 0 for an empty slot), so most misses never touch the entries.
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let mask: Int
    /// Slots are chosen by the hash's top bits, the best mixed by the final multiply.
    private let slotShift: UInt32
    let count: Int

    /// Builds the table; `words` hold lowercase words, each once.
    init(entries words: [(word: [UInt8], info: WordInfo)]) {
        count = words.count
        let totalBytes = words.reduce(0) { $0 + $1.word.count }
        keyBytes = .allocate(capacity: max(totalBytes, 1))
        entries = .allocate(capacity: max(words.count, 1))
        var capacity = 16
        var bits: UInt32 = 4
        while capacity < words.count * 2 {
            capacity *= 2
            bits += 1
        }
        slotShift = 32 - bits
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0)
        mask = capacity - 1
        var offset = 0
        for (index, word) in words.enumerated() {
            entries.initializeElement(
                at: index,
                to: Entry(
                    prefix: SWAR.pack(word.word.prefix(SWAR.width)), keyStart: Int32(offset),
                    keyLength: Int32(word.word.count), info: word.info))
            for byte in word.word {
                keyBytes[offset] = byte
                offset += 1
            }
            let hash = Self.hash(word.word)
            var slot = Int(hash >> slotShift)
            while slots[slot] != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        }
    }

    deinit {
        keyBytes.deallocate()
        entries.deallocate()
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

    /// The entry whose key equals `word`, whose first eight bytes are `prefix` (see
    /// ``SWAR/pack(_:)``) and whose ``hash(_:)`` is `hash`; both computed after lowering the
    /// word's ASCII letters. Returns the entry's index, or -1.
    @inline(__always)
    func lookup(prefix: UInt64, word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        var slot = Int(hash >> slotShift)
        while true {
            let content = slots[slot]
            if content == 0 { return -1 }
            if UInt32(truncatingIfNeeded: content >> 32) == hash {
                let index = Int(UInt32(truncatingIfNeeded: content)) - 1
                let entry = entries[index]
                if Int(entry.keyLength) == word.count && entry.prefix == prefix
                    && (word.count <= SWAR.width || matchesTail(word, entry))
                {
                    return index
                }
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// Compares bytes after the eighth, folding ASCII case.
    private func matchesTail(_ word: UnsafeBufferPointer<UInt8>, _ entry: Entry) -> Bool {
        let start = Int(entry.keyStart)
        for offset in SWAR.width..<word.count
        where PythonText.asciiLowercase(word[offset]) != keyBytes[start + offset] {
            return false
        }
        return true
    }

    /// The entry for a lowercase word, or -1.
    func lookup(_ word: [UInt8]) -> Int {
        word.withUnsafeBufferPointer { buffer in
            lookup(
                prefix: SWAR.pack(word.prefix(SWAR.width)), word: buffer, hash: Self.hash(buffer))
        }
    }

    @inline(__always)
    func info(at index: Int) -> WordInfo { entries[index].info }

    /// The lowercase spelling of entry `index`.
    func word(at index: Int) -> [UInt8] {
        let entry = entries[index]
        let start = Int(entry.keyStart)
        return Array(keyBytes[start..<start + Int(entry.keyLength)])
    }
}

/// The incremental form of ``WordTable/hash(_:)``.
struct WordHasher {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private var shift: UInt64 = 0
    private var count: UInt64 = 0
    private static let multiplier: UInt64 = 0xBF58_476D_1CE4_E5B9

    /// Adds `added` (1…8) bytes packed little-endian in `chunk`, the rest zero. Only at an
    /// eight-byte boundary of the word (after `init` or a full chunk).
    @inline(__always)
    mutating func add(chunk: UInt64, count added: Int) {
        count += UInt64(added)
        if added == SWAR.width {
            state = (state ^ chunk) &* Self.multiplier
        } else {
            pending = chunk
            shift = UInt64(added) * 8
        }
    }

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

/// Eight bytes at a time in a `UInt64` ("SIMD within a register").
enum SWAR {
    static let width = 8

    /// Up to eight bytes, little-endian, zero-padded.
    static func pack<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var chunk: UInt64 = 0
        for (index, byte) in bytes.prefix(width).enumerated() {
            chunk |= UInt64(byte) << (UInt64(index) * 8)
        }
        return chunk
    }

    /// The low `count` bytes set (`count` 0…8).
    @inline(__always)
    static func mask(_ count: Int) -> UInt64 {
        count >= width ? ~0 : (1 << (UInt64(count) * 8)) &- 1
    }

    /// `count` (at most eight) bytes of `bytes` from `offset`, little-endian, zero-padded:
    /// one unaligned load unless that would read past the buffer.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, count: Int) -> UInt64 {
        if offset + width <= bytes.count, let base = UnsafeRawPointer(bytes.baseAddress) {
            return base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & mask(count)
        }
        return pack(bytes[offset..<offset + min(count, width)])
    }

    /// A–Z lowered in every byte; each byte must be below 0x80 (so no carry crosses bytes).
    @inline(__always)
    static func asciiLowercase(_ chunk: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let atLeastA = chunk &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where byte ≥ 0x41
        let pastZ = chunk &+ 0x2525_2525_2525_2525  // high bit set where byte ≥ 0x5B
        return chunk | ((atLeastA & ~pastZ & high) >> 2)
    }
}

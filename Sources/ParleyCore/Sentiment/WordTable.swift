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
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int
    let count: Int

    /// Builds the table; `entries` hold lowercase words, each once.
    init(entries: [(word: [UInt8], info: WordInfo)]) {
        count = entries.count
        let totalBytes = entries.reduce(0) { $0 + $1.word.count }
        keyBytes = .allocate(capacity: max(totalBytes, 1))
        keyStarts = .allocate(capacity: entries.count + 1)
        infos = .allocate(capacity: max(entries.count, 1))
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        infos.initialize(repeating: WordInfo())
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: -1)
        mask = capacity - 1
        var offset = 0
        for (index, entry) in entries.enumerated() {
            keyStarts[index] = Int32(offset)
            for byte in entry.word {
                keyBytes[offset] = byte
                offset += 1
            }
            infos[index] = entry.info
            var slot = Int(Self.hash(entry.word)) & mask
            while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(index)
        }
        keyStarts[entries.count] = Int32(offset)
    }

    deinit {
        keyBytes.deallocate()
        keyStarts.deallocate()
        infos.deallocate()
        slots.deallocate()
    }

    /// FNV-1a over bytes, the same function ``lookup(asciiFolding:hash:)`` expects.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var hash = fnvOffset
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* fnvPrime }
        return hash
    }

    static let fnvOffset: UInt32 = 2_166_136_261
    static let fnvPrime: UInt32 = 16_777_619

    /// The entry whose key equals `bytes` with ASCII letters lowered; `hash` must be
    /// ``hash(_:)`` of those lowered bytes. Returns the entry's index, or -1.
    @inline(__always)
    func lookup(asciiFolding bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        var slot = Int(hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return -1 }
            let start = Int(keyStarts[index])
            let length = Int(keyStarts[index + 1]) - start
            if length == bytes.count && matches(bytes, keyStart: start) { return index }
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

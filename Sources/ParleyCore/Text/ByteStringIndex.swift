/// A hash index from byte strings to their positions in a ``StringTable``, so ids can be
/// looked up from raw input bytes without creating a `String` for each.
///
/// Open addressing with linear probing; a slot keeps 32 bits of the hash beside the
/// position, so most mismatches are rejected without comparing bytes. The hash is seeded
/// per index, so crafted ids cannot force collisions that make loading quadratic.
struct ByteStringIndex: Sendable {
    /// `(hash high bits << 32) | (position + 1)`; zero marks an empty slot.
    private var slots: [UInt64]
    private(set) var count = 0
    private let seed: UInt64

    init(capacity: Int = 0) {
        seed = UInt64.random(in: 1...UInt64.max)
        slots = [UInt64](repeating: 0, count: Self.slotCount(for: capacity))
    }

    private static func slotCount(for capacity: Int) -> Int {
        var size = 16
        while size < capacity + capacity / 2 + 1 { size <<= 1 }
        return size
    }

    /// Makes room for `capacity` entries without rehashing on the way.
    mutating func reserveCapacity(_ capacity: Int, in table: StringTable) {
        let wanted = Self.slotCount(for: capacity)
        if wanted > slots.count { rehash(to: wanted, table: table) }
    }

    /// The position of `key` in `table`, if it was inserted.
    func find(_ key: UnsafeBufferPointer<UInt8>, in table: StringTable) -> Int32? {
        let hash = hashBytes(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry >> 32 == hash >> 32 {
                    let position = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    if table.bytesEqual(Int(position), key) { return position }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Records that the string at `position` of `table` is `key` (the caller checked it is
    /// not there yet).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, position: Int32, table: StringTable) {
        if (count + 1) * 4 > slots.count * 3 { rehash(to: slots.count * 2, table: table) }
        place(hash: hashBytes(key), position: position)
        count += 1
    }

    private mutating func place(hash: UInt64, position: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(position + 1))
        }
    }

    private mutating func rehash(to size: Int, table: StringTable) {
        let old = slots
        slots = [UInt64](repeating: 0, count: size)
        for entry in old where entry != 0 {
            let position = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            let hash = table.withBytes(Int(position)) { hashBytes($0) }
            place(hash: hash, position: position)
        }
    }

    /// A fast 64-bit hash of the bytes, eight at a time, mixed with a multiply-xorshift
    /// finaliser (after MurmurHash3's fmix64).
    @inline(__always)
    private func hashBytes(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        guard let base = key.baseAddress else { return mix(hash) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = mix(hash ^ word)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < key.count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        return mix(hash ^ tail ^ 0xFF)
    }

    @inline(__always)
    private func mix(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}

extension ByteStringIndex {
    /// Bytes held by the index itself.
    var byteCount: Int { slots.count * MemoryLayout<UInt64>.stride }
}

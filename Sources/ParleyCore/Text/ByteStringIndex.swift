import CPrefetch

/// A hash index from byte strings to their positions in a ``StringTable``, so ids can be
/// looked up from raw input bytes without creating a `String` for each.
///
/// Open addressing with linear probing. A slot holds the position plus a few bits of the
/// hash, so most mismatches are rejected without comparing bytes: four bytes a slot while
/// positions fit in ``narrowPositionBits`` bits (134 million strings), eight beyond. The
/// hash is seeded per index, so crafted ids cannot force collisions that make loading
/// quadratic.
struct ByteStringIndex: Sendable {
    /// Position bits of a four-byte slot; the other bits hold hash bits.
    static let narrowPositionBits = 27
    /// Position bits of this index's four-byte slots (fewer only in tests of widening).
    private let narrowBits: Int
    private var narrowSlots: [UInt32]
    /// Used instead of `narrowSlots` once positions outgrow them; 32 hash bits a slot.
    private var wideSlots: [UInt64] = []
    private var isWide = false
    private(set) var count = 0
    private let seed: UInt64

    init(capacity: Int = 0, narrowPositionBits: Int = ByteStringIndex.narrowPositionBits) {
        seed = UInt64.random(in: 1...UInt64.max)
        narrowBits = narrowPositionBits
        narrowSlots = [UInt32](repeating: 0, count: Self.slotCount(for: capacity))
    }

    private var slotCount: Int { isWide ? wideSlots.count : narrowSlots.count }

    /// Position bits of the slots in use.
    private var positionBits: Int { isWide ? 32 : narrowBits }

    private static func slotCount(for capacity: Int) -> Int {
        var size = 16
        while size < capacity + capacity / 2 + 1 { size <<= 1 }
        return size
    }

    /// Makes room for `capacity` entries without rehashing on the way.
    mutating func reserveCapacity(_ capacity: Int, in table: StringTable) {
        let wanted = Self.slotCount(for: capacity)
        if wanted > slotCount { rehash(to: wanted, table: table) }
    }

    /// The position of `key` in `table`, if it was inserted.
    func find(_ key: UnsafeBufferPointer<UInt8>, in table: StringTable) -> Int32? {
        let hash = hashBytes(key)
        let bits = positionBits
        if isWide {
            return wideSlots.withUnsafeBufferPointer { Self.find(hash, key, table, $0, bits) }
        }
        return narrowSlots.withUnsafeBufferPointer { Self.find(hash, key, table, $0, bits) }
    }

    private static func find<Slot: IndexSlot>(
        _ hash: UInt64, _ key: UnsafeBufferPointer<UInt8>, _ table: StringTable,
        _ slots: UnsafeBufferPointer<Slot>, _ bits: Int
    ) -> Int32? {
        switch probe(hash, key, table, slots, bits) {
        case .found(let position): position
        case .empty: nil
        }
    }

    /// Where a lookup of `key` ends: at the position it was inserted with, or at the
    /// empty slot where it would go.
    private enum Probe {
        case found(Int32)
        case empty(slot: Int)
    }

    @inline(__always)
    private static func probe<Slot: IndexSlot>(
        _ hash: UInt64, _ key: UnsafeBufferPointer<UInt8>, _ table: StringTable,
        _ slots: UnsafeBufferPointer<Slot>, _ bits: Int
    ) -> Probe {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = Slot.tag(of: hash, bits)
        while true {
            let entry = slots[slot]
            if entry == 0 { return .empty(slot: slot) }
            if entry.tag(bits) == tag {
                let position = entry.position(bits)
                if table.bytesEqual(Int(position), key) { return .found(position) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Records that the string at `position` of `table` is `key` (the caller checked it is
    /// not there yet).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, position: Int32, table: StringTable) {
        if !isWide, Int(position) + 1 >= 1 << narrowBits {
            widen(table: table)
        }
        if (count + 1) * 4 > slotCount * 3 { rehash(to: slotCount * 2, table: table) }
        place(hash: hashBytes(key), position: position)
        count += 1
    }

    /// Asks for the slot a lookup of `key` starts at to be brought into cache. The slot
    /// table is bigger than the caches, so almost every lookup waits for memory; asking
    /// for the slots of the next few dozen keys first lets those waits overlap, and the
    /// lookups that follow find their slots in cache. A prefetch, not a load: a load must
    /// wait for its line before it retires, which allowed only about ten in flight (the
    /// wait was 86% of adding a TWCS record).
    @inline(__always)
    func prefetch(_ key: UnsafeBufferPointer<UInt8>) {
        let slot = Int(truncatingIfNeeded: hashBytes(key))
        if isWide {
            wideSlots.withUnsafeBufferPointer { Self.prefetch(slot, in: $0) }
        } else {
            narrowSlots.withUnsafeBufferPointer { Self.prefetch(slot, in: $0) }
        }
    }

    @inline(__always)
    private static func prefetch<Slot>(_ slot: Int, in slots: UnsafeBufferPointer<Slot>) {
        guard let base = slots.baseAddress else { return }
        parley_prefetch(base + (slot & (slots.count - 1)))
    }

    /// Records that `position` of `table` will hold `key` unless `key` is already there;
    /// returns the position it is at when it is. The caller appends `key` to `table` at
    /// `position` right after a nil answer. One hash and one probe, where ``find(_:in:)``
    /// then ``insert(_:position:table:)`` cost two of each.
    mutating func insertIfAbsent(
        _ key: UnsafeBufferPointer<UInt8>, position: Int32, table: StringTable
    ) -> Int32? {
        if !isWide, Int(position) + 1 >= 1 << narrowBits {
            widen(table: table)
        }
        if (count + 1) * 4 > slotCount * 3 { rehash(to: slotCount * 2, table: table) }
        let hash = hashBytes(key)
        let bits = positionBits
        let existing =
            isWide
            ? wideSlots.withUnsafeMutableBufferPointer {
                Self.insertIfAbsent(hash, key, position, table, $0, bits)
            }
            : narrowSlots.withUnsafeMutableBufferPointer {
                Self.insertIfAbsent(hash, key, position, table, $0, bits)
            }
        if existing == nil { count += 1 }
        return existing
    }

    private static func insertIfAbsent<Slot: IndexSlot>(
        _ hash: UInt64, _ key: UnsafeBufferPointer<UInt8>, _ position: Int32,
        _ table: StringTable, _ slots: UnsafeMutableBufferPointer<Slot>, _ bits: Int
    ) -> Int32? {
        switch probe(hash, key, table, UnsafeBufferPointer(slots), bits) {
        case .found(let existing):
            return existing
        case .empty(let slot):
            slots[slot] = Slot.tag(of: hash, bits) | Slot(truncatingIfNeeded: Int(position) + 1)
            return nil
        }
    }

    private mutating func place(hash: UInt64, position: Int32) {
        let bits = positionBits
        if isWide {
            wideSlots.withUnsafeMutableBufferPointer { Self.place(hash, position, $0, bits) }
        } else {
            narrowSlots.withUnsafeMutableBufferPointer { Self.place(hash, position, $0, bits) }
        }
    }

    private static func place<Slot: IndexSlot>(
        _ hash: UInt64, _ position: Int32, _ slots: UnsafeMutableBufferPointer<Slot>,
        _ bits: Int
    ) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot.tag(of: hash, bits) | Slot(truncatingIfNeeded: Int(position) + 1)
    }

    private mutating func widen(table: StringTable) {
        let positions = narrowSlots.compactMap { $0 == 0 ? nil : $0.position(narrowBits) }
        isWide = true
        narrowSlots = []
        wideSlots = [UInt64](repeating: 0, count: Self.slotCount(for: count + 1))
        for position in positions {
            place(hash: table.withBytes(Int(position)) { hashBytes($0) }, position: position)
        }
    }

    /// Rebuilds the slots at `size`, rehashing every entry from `table`.
    private mutating func rehash(to size: Int, table: StringTable) {
        let bits = positionBits
        let positions: [Int32] =
            isWide
            ? wideSlots.compactMap { $0 == 0 ? nil : $0.position(bits) }
            : narrowSlots.compactMap { $0 == 0 ? nil : $0.position(bits) }
        if isWide {
            wideSlots = [UInt64](repeating: 0, count: size)
        } else {
            narrowSlots = [UInt32](repeating: 0, count: size)
        }
        for position in positions {
            place(hash: table.withBytes(Int(position)) { hashBytes($0) }, position: position)
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

    /// Bytes held by the index itself.
    var byteCount: Int { narrowSlots.count * 4 + wideSlots.count * 8 }
}

/// A slot of ``ByteStringIndex``: zero when empty, else hash bits above `position + 1`
/// in the low `bits` bits.
private protocol IndexSlot: FixedWidthInteger, UnsignedInteger {}

extension IndexSlot {
    /// The hash's top bits, moved above the position bits.
    @inline(__always)
    static func tag(of hash: UInt64, _ bits: Int) -> Self {
        let tagBits = Self.bitWidth - bits
        return Self(truncatingIfNeeded: hash >> UInt64(64 - tagBits)) << bits
    }

    @inline(__always)
    func tag(_ bits: Int) -> Self { (self >> bits) << bits }

    @inline(__always)
    func position(_ bits: Int) -> Int32 {
        Int32(truncatingIfNeeded: self & ((1 << bits) - 1)) - 1
    }
}

extension UInt32: IndexSlot {}
extension UInt64: IndexSlot {}

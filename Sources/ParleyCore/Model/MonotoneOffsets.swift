/// A nondecreasing sequence of non-negative offsets (a string table's ends, a child list's
/// starts), stored as the full value of every 32nd entry plus each entry's distance from
/// its block's first, one, two or four bytes each (``NarrowIntegers``).
///
/// Neighbouring offsets are close: 32 ids of a TWCS file span about 220 bytes and 32 of its
/// tweets 3 KB, so an offset costs one or two bytes and a quarter for the block's value
/// instead of four. On a 1M-row TWCS load that took 10 MB off the peak (ids, texts, metadata
/// values, speaker names and the reply forest's child starts). A block spanning 4 GiB or
/// more, a single string that large, cannot be stored.
struct MonotoneOffsets: Sendable {
    /// Entries a block: small enough that a block of short strings spans under 256 bytes.
    static let blockShift = 5
    static let blockSize = 1 << blockShift

    /// The first value of each block.
    private var blockStarts: [Int] = []
    /// Each value less its block's first.
    private var distances = NarrowIntegers()

    init() {}

    var count: Int { distances.count }

    mutating func reserveCapacity(_ capacity: Int) {
        blockStarts.reserveCapacity((capacity + Self.blockSize - 1) >> Self.blockShift)
        distances.reserveCapacity(capacity)
    }

    @inline(__always)
    subscript(index: Int) -> Int {
        blockStarts[index >> Self.blockShift] + distances[index]
    }

    /// Appends `value`, which must be at least the last value.
    @inline(__always)
    mutating func append(_ value: Int) {
        let index = distances.count
        if index & (Self.blockSize - 1) == 0 {
            blockStarts.append(value)
            distances.append(0)
        } else {
            let distance = value - blockStarts[index >> Self.blockShift]
            precondition(distance >= 0 && distance <= Int(UInt32.max), "offsets out of order")
            distances.append(distance)
        }
    }

    /// Keeps the first `newCount` values.
    mutating func truncate(to newCount: Int) {
        guard newCount < count else { return }
        distances.removeLast(count - newCount)
        blockStarts.removeLast(
            blockStarts.count - (newCount + Self.blockSize - 1) >> Self.blockShift)
    }

    /// Bytes held, for memory accounting.
    var byteCount: Int { blockStarts.count * MemoryLayout<Int>.stride + distances.byteCount }
}

extension MonotoneOffsets: Equatable {
    /// Equal when they hold the same values, whatever widths their distances grew to.
    static func == (lhs: MonotoneOffsets, rhs: MonotoneOffsets) -> Bool {
        guard lhs.count == rhs.count, lhs.blockStarts == rhs.blockStarts else { return false }
        if lhs.distances.width == rhs.distances.width { return lhs.distances == rhs.distances }
        return (0..<lhs.count).allSatisfy { lhs.distances[$0] == rhs.distances[$0] }
    }
}

extension MonotoneOffsets {
    /// The offsets through pointers (see ``NarrowIntegers/UnsafeView``).
    struct UnsafeView {
        fileprivate let blockStarts: UnsafeBufferPointer<Int>
        fileprivate let distances: NarrowIntegers.UnsafeView

        var count: Int { distances.count }

        @inline(__always)
        subscript(index: Int) -> Int {
            blockStarts[index >> MonotoneOffsets.blockShift] + distances[index]
        }
    }

    func withUnsafeView<Result>(_ body: (UnsafeView) -> Result) -> Result {
        blockStarts.withUnsafeBufferPointer { starts in
            distances.withUnsafeView { body(UnsafeView(blockStarts: starts, distances: $0)) }
        }
    }
}

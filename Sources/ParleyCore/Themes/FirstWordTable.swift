/// An open-addressing table from a word's hash to a group number, built once per codebook
/// and probed once per word of every text. Swift's `Dictionary` hashes its keys again
/// with SipHash, which cost more than all the rest of matching in `parley-bench tag-auto`.
struct FirstWordTable: Sendable {
    /// Slots: the hash, and group + 1 (0 for an empty slot).
    private var hashes: [UInt64]
    private var groups: [Int32]
    private let mask: Int

    /// A table for `count` keys, at most half full.
    init(capacityFor count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        hashes = [UInt64](repeating: 0, count: size)
        groups = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The slot for `hash`: its own, or the empty one where it belongs.
    @inline(__always)
    private func slot(_ hash: UInt64) -> Int {
        // FNV-1a's low bits are well mixed by the last multiply.
        var index = Int(truncatingIfNeeded: hash) & mask
        while groups[index] != 0, hashes[index] != hash { index = (index + 1) & mask }
        return index
    }

    /// The group of `hash`, or nil.
    @inline(__always)
    func group(of hash: UInt64) -> Int? {
        let index = slot(hash)
        return groups[index] == 0 ? nil : Int(groups[index] - 1)
    }

    /// Sets the group of `hash` (the table must not be full).
    mutating func set(_ group: Int, for hash: UInt64) {
        let index = slot(hash)
        hashes[index] = hash
        groups[index] = Int32(group + 1)
    }
}

/// The first match of each rule in the current text, without hashing: a position per rule
/// and the list of rules set, so clearing costs only what was found.
struct RuleHits {
    private var starts: [Int]
    private var ends: [Int]
    /// Rules with a match, in the order found.
    private(set) var rules: [Int] = []

    init(ruleCount: Int) {
        starts = [Int](repeating: -1, count: ruleCount)
        ends = [Int](repeating: -1, count: ruleCount)
    }

    var isEmpty: Bool { rules.isEmpty }

    @inline(__always)
    func contains(_ rule: Int) -> Bool { starts[rule] >= 0 }

    func range(of rule: Int) -> Range<Int> { starts[rule]..<ends[rule] }

    /// Keeps the first match of a rule only.
    @inline(__always)
    mutating func insert(_ rule: Int, _ range: Range<Int>) {
        guard starts[rule] < 0 else { return }
        starts[rule] = range.lowerBound
        ends[rule] = range.upperBound
        rules.append(rule)
    }

    mutating func clear() {
        for rule in rules { starts[rule] = -1 }
        rules.removeAll(keepingCapacity: true)
    }
}

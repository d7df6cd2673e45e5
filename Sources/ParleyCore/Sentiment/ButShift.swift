/// `_but_check`: after the first "but", sentiment counts 1.5 times; before it, half.
///
/// The reference finds each position with `sentiments.index(sentiment)` — the first
/// position whose *current* value equals the value being visited — while it rewrites the
/// list. When two words share a valence, or a halved value equals a later one, the factor
/// lands on an earlier position than the visited one (sometimes twice on the same one, and
/// the visited word keeps its valence). This reproduces that exactly.
///
/// Zeros are skipped: a zero found by `index` stays zero whatever the factor, and a nonzero
/// value never becomes zero, so zeros can neither change nor be found for a nonzero value.
enum ButShift {
    /// Applies the rule in place; `butIndex` is the position of the first "but".
    static func apply<Tracer: ValenceTracer>(
        to sentiments: UnsafeMutableBufferPointer<Double>, butIndex: Int, tracer: inout Tracer
    ) {
        var nonzero = 0
        for value in sentiments where value != 0 { nonzero += 1 }
        if nonzero <= linearLimit {
            applyByScanning(sentiments, butIndex: butIndex, tracer: &tracer)
        } else {
            applyByBuckets(sentiments, butIndex: butIndex, tracer: &tracer)
        }
    }

    /// Below this many nonzero valences a scan beats hashing (the common case by far).
    static let linearLimit = 48

    static func factor(position: Int, butIndex: Int) -> Double? {
        if position < butIndex { return VaderConstants.beforeButFactor }
        if position > butIndex { return VaderConstants.afterButFactor }
        return nil
    }

    private static func shift<Tracer: ValenceTracer>(
        _ sentiments: UnsafeMutableBufferPointer<Double>, at position: Int, butIndex: Int,
        tracer: inout Tracer
    ) -> Double? {
        guard let factor = factor(position: position, butIndex: butIndex) else { return nil }
        let old = sentiments[position]
        sentiments[position] = old * factor
        tracer.record(.butShift(factor: factor), token: position, from: old, to: old * factor)
        return old * factor
    }

    /// The reference's loop, literally, over the nonzero positions: O(n²) in their count.
    static func applyByScanning<Tracer: ValenceTracer>(
        _ sentiments: UnsafeMutableBufferPointer<Double>, butIndex: Int, tracer: inout Tracer
    ) {
        for visited in sentiments.indices {
            let value = sentiments[visited]
            guard value != 0 else { continue }
            // The visited position is unchanged so far, so the scan always finds one.
            var first = 0
            while sentiments[first] != value { first += 1 }
            _ = shift(sentiments, at: first, butIndex: butIndex, tracer: &tracer)
        }
    }

    /// The same result in O(n log n) for long texts: for each value, a min-heap of the
    /// positions that held it (stale entries are dropped when they surface).
    static func applyByBuckets<Tracer: ValenceTracer>(
        _ sentiments: UnsafeMutableBufferPointer<Double>, butIndex: Int, tracer: inout Tracer
    ) {
        var buckets: [Double: MinHeap] = [:]
        for position in sentiments.indices where sentiments[position] != 0 {
            buckets[sentiments[position], default: MinHeap()].insert(position)
        }
        for visited in sentiments.indices {
            let value = sentiments[visited]
            guard value != 0 else { continue }
            var first = visited
            if var heap = buckets.removeValue(forKey: value) {
                while let top = heap.minimum, sentiments[top] != value { heap.removeMinimum() }
                first = heap.minimum ?? visited
                buckets[value] = heap
            }
            if let new = shift(sentiments, at: first, butIndex: butIndex, tracer: &tracer) {
                buckets[new, default: MinHeap()].insert(first)
            }
        }
    }
}

/// A binary min-heap of positions.
struct MinHeap {
    private var storage: [Int] = []

    var minimum: Int? { storage.first }

    mutating func insert(_ value: Int) {
        storage.append(value)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard storage[child] < storage[parent] else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    mutating func removeMinimum() {
        guard !storage.isEmpty else { return }
        storage.swapAt(0, storage.count - 1)
        storage.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < storage.count, storage[left] < storage[smallest] { smallest = left }
            if right < storage.count, storage[right] < storage[smallest] { smallest = right }
            if smallest == parent { return }
            storage.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

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
    typealias Positions = UnsafeBufferPointer<Int32>

    /// Applies the rule in place; `nonzero` lists, in order, the positions whose valence is
    /// not 0, and `butIndex` is the position of the first "but".
    static func apply<Tracer: ValenceTracer>(
        to sentiments: UnsafeMutableBufferPointer<Double>, nonzero: Positions, butIndex: Int,
        tracer: inout Tracer
    ) {
        if nonzero.count <= linearLimit {
            applyByScanning(sentiments, nonzero: nonzero, butIndex: butIndex, tracer: &tracer)
        } else {
            applyByBuckets(sentiments, nonzero: nonzero, butIndex: butIndex, tracer: &tracer)
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
        _ sentiments: UnsafeMutableBufferPointer<Double>, nonzero: Positions, butIndex: Int,
        tracer: inout Tracer
    ) {
        for visited in nonzero.indices {
            let value = sentiments[Int(nonzero[visited])]
            // The visited position is unchanged so far, so the scan always finds one.
            var first = 0
            while first < visited, sentiments[Int(nonzero[first])] != value { first += 1 }
            _ = shift(sentiments, at: Int(nonzero[first]), butIndex: butIndex, tracer: &tracer)
        }
    }

    /// The same result in O(n log n) for long texts: for each value, a min-heap of the
    /// positions that held it (stale entries are dropped when they surface).
    static func applyByBuckets<Tracer: ValenceTracer>(
        _ sentiments: UnsafeMutableBufferPointer<Double>, nonzero: Positions, butIndex: Int,
        tracer: inout Tracer
    ) {
        var buckets: [Double: MinHeap] = [:]
        for position in nonzero {
            buckets[sentiments[Int(position)], default: MinHeap()].insert(Int(position))
        }
        for position in nonzero {
            let visited = Int(position)
            let value = sentiments[visited]
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

    /// The rule on a plain array, for tests and one-off use.
    static func apply(to sentiments: inout [Double], butIndex: Int, forceBuckets: Bool = false) {
        let nonzero = sentiments.indices.filter { sentiments[$0] != 0 }.map { Int32($0) }
        var tracer = SilentTracer()
        sentiments.withUnsafeMutableBufferPointer { buffer in
            nonzero.withUnsafeBufferPointer { positions in
                if forceBuckets {
                    applyByBuckets(buffer, nonzero: positions, butIndex: butIndex, tracer: &tracer)
                } else {
                    apply(to: buffer, nonzero: positions, butIndex: butIndex, tracer: &tracer)
                }
            }
        }
    }
}

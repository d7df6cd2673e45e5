import Testing

@testable import ParleyCore

@Suite struct ButShiftTests {
    /// The reference's `_but_check` loop, transcribed literally (zeros included).
    static func reference(_ input: [Double], butIndex: Int) -> [Double] {
        var sentiments = input
        for visited in input.indices {
            let value = sentiments[visited]
            guard let first = sentiments.firstIndex(of: value) else { continue }
            if first < butIndex {
                sentiments[first] = value * 0.5
            } else if first > butIndex {
                sentiments[first] = value * 1.5
            }
        }
        return sentiments
    }

    func shifted(_ input: [Double], butIndex: Int, buckets: Bool = false) -> [Double] {
        var sentiments = input
        ButShift.apply(to: &sentiments, butIndex: butIndex, forceBuckets: buckets)
        return sentiments
    }

    @Test func halvesBeforeAndRaisesAfter() {
        // Printed by the reference's _but_check.
        #expect(shifted([1.9, 0, -2.5], butIndex: 1) == [0.95, 0, -3.75])
    }

    @Test func equalValuesShiftTheFirstPosition() {
        // Reference quirk: both visits land on position 0; position 1 keeps 1.9.
        #expect(shifted([3.8, 1.9, 0], butIndex: 2) == [0.95, 1.9, 0])
        // A value after "but" equal to a halved one halves that one again instead.
        #expect(shifted([3.0, 0, 1.5], butIndex: 1) == [0.75, 0, 1.5])
    }

    @Test func butItselfIsNeverShifted() {
        #expect(shifted([1, 2, 3], butIndex: 1) == [0.5, 2, 4.5])
    }

    @Test func scanningAndBucketsMatchTheReferenceLoop() {
        var random = SplitMix64(seed: 42)
        let values: [Double] = [0, 0, 0, 1.9, -2.5, 0.95, 3.8, 1.5, 3.0, 0.75, -1.25, 2.85]
        for _ in 0..<2_000 {
            let count = 1 + Int(random.next() % 120)
            let input = (0..<count).map { _ in values[Int(random.next() % UInt64(values.count))] }
            let butIndex = Int(random.next() % UInt64(count))
            let expected = Self.reference(input, butIndex: butIndex)
            #expect(shifted(input, butIndex: butIndex) == expected)
            #expect(shifted(input, butIndex: butIndex, buckets: true) == expected)
        }
    }
}

import Testing

@testable import ParleyCore

@Suite struct MonotoneOffsetsTests {
    /// Random steps, some long enough to widen a block's distances to two and four bytes,
    /// read back against a plain array after every append and after truncations that end
    /// inside a block, at a block's start and at the start.
    @Test func holdsWhatAPlainArrayHolds() {
        var random = SplitMix64(seed: 3)
        var offsets = MonotoneOffsets()
        var expected: [Int] = []
        var value = 0
        for step in 0..<2_000 {
            let jump: Int
            switch step {
            case 700: jump = 70_000  // a two-byte distance would overflow: four bytes
            case 300: jump = 300  // one byte would overflow: two bytes
            default: jump = Int.random(in: 0...7, using: &random)
            }
            value += jump
            offsets.append(value)
            expected.append(value)
            #expect(offsets[expected.count - 1] == value)
        }
        #expect(offsets.count == expected.count)
        #expect(expected.indices.allSatisfy { offsets[$0] == expected[$0] })
        for newCount in [1_999, 1_000, 641, 640, 33, 32, 31, 1, 0] {
            offsets.truncate(to: newCount)
            expected.removeSubrange(newCount...)
            #expect(offsets.count == newCount)
            #expect(expected.indices.allSatisfy { offsets[$0] == expected[$0] })
            #expect((newCount == 0 ? nil : offsets[newCount - 1]) == expected.last)
        }
        // Appending after a truncation starts blocks where the values say.
        for value in [5, 5, 9] { offsets.append(value) }
        #expect((0..<3).map { offsets[$0] } == [5, 5, 9])
    }

    /// Short neighbours cost a byte and a quarter an offset, not four.
    @Test func shortStringsCostAboutAByteAnOffset() {
        var offsets = MonotoneOffsets()
        for index in 0..<32_000 { offsets.append(index * 7) }
        #expect(offsets.byteCount == 32_000 + 1_000 * 8)
    }

    @Test func equalValuesAreEqualWhateverTheirWidths() {
        var narrow = MonotoneOffsets()
        var wide = MonotoneOffsets()
        for value in [0, 3, 1_000] {
            narrow.append(value)
            wide.append(value)
        }
        wide.append(100_000)
        wide.truncate(to: 3)  // distances stay four bytes wide
        #expect(narrow == wide)
        narrow.append(1)
        #expect(narrow != wide)
    }

    /// Only a block's distances are narrow: its first value may be any size.
    @Test func valuesPastFourGigabytesAreKept() {
        var offsets = MonotoneOffsets()
        offsets.append(Int(UInt32.max) * 2)
        offsets.append(Int(UInt32.max) * 3)
        #expect(offsets[1] == Int(UInt32.max) * 3)
    }
}

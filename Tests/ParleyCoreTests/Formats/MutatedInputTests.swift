import Testing

@testable import ParleyCore

/// Damaged copies of valid files (bytes flipped, dropped, duplicated, cut) must load or
/// fail with a ``LoadError``, never crash or hang, and their figures must add up.
@Suite struct MutatedInputTests {
    /// Bytes that stress the scanners; inputs are damaged with a seeded `SplitMix64`, so
    /// failures can be replayed.
    static let interesting: [UInt8] = Array("{}[]\",:\\\r\n\t0u\u{0}".utf8) + [0xFF, 0xC3, 0xED]

    static func mutate(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var result = bytes
        for _ in 0..<(1 + random.next(below: 4)) where !result.isEmpty {
            let position = random.next(below: result.count)
            switch random.next(below: 4) {
            case 0: result[position] = interesting[random.next(below: interesting.count)]
            case 1: result.remove(at: position)
            case 2: result.insert(interesting[random.next(below: interesting.count)], at: position)
            default: result.removeSubrange(position...)
            }
        }
        return result
    }

    @Test(arguments: 0..<3)
    func damagedFilesNeverCrash(input: Int) throws {
        let (name, text) = BlockBoundaryTests.inputs[input]
        let scratch = ScratchDirectory()
        var random = SplitMix64(seed: UInt64(input + 1))
        for round in 0..<150 {
            let path = scratch.write(name, bytes: Self.mutate(Array(text.utf8), &random))
            let blockSize = 1 + random.next(below: 64)
            do {
                let result = try CorpusLoader.load(
                    [path], options: LoadOptions(), appendingTo: nil, blockSize: blockSize)
                let report = result.reports[0]
                #expect(report.loadedCount + report.skippedCount == report.recordCount, "\(round)")
                #expect(result.corpus.utteranceCount == report.loadedCount, "\(round)")
            } catch {
                #expect(error.description.hasPrefix("cannot load"), "\(round)")
            }
        }
    }
}

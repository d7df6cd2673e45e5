import Dispatch
import Testing

@testable import ParleyCore

/// The block reader hands out whole lines however the reads fall: records cut by a
/// block's end, records longer than a block and than the room kept in front of a read
/// (``BlockReader``), with the next block read alongside the consumer or after it.
@Suite struct BlockReaderTests {
    /// Lines of random lengths, a few of them long (past the room kept in front of a
    /// read) when `long`, and a last line without a break.
    static func text(seed: UInt64, long: Bool) -> String {
        var random = SplitMix64(seed: seed)
        var lines: [String] = []
        for number in 0..<400 {
            let length =
                long && number % 97 == 5
                ? Int.random(in: 66_000...90_000, using: &random)
                : Int.random(in: 0...300, using: &random)
            let letter = Character(UnicodeScalar(UInt8(97 + number % 26)))
            lines.append(String(repeating: letter, count: length))
        }
        return lines.joined(separator: "\n")
    }

    /// Consumes the whole lines of each block (all at the end), reading ahead on another
    /// thread on some blocks, after the consumer on the others, never on the rest.
    static func consumedLines(_ path: String, blockSize: Int) throws -> String {
        let reader = BlockReader(file: try InputFile(path: path), blockSize: blockSize)
        var consumed: [UInt8] = []
        var step = 0
        try reader.forEachBlockReadingAhead { (block, atEnd, readAhead) throws(LoadError) in
            step += 1
            let used = atEnd ? block.count : (block.lastIndex(of: 10).map { $0 + 1 } ?? 0)
            switch step % 3 {
            case 0:
                let copy = SendableBytes(bytes: Array(block[..<used]))
                nonisolated(unsafe) var parsed: [UInt8] = []
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { parsed = copy.bytes } else { readAhead.run() }
                }
                consumed += parsed
            case 1:
                consumed += block[..<used]
                readAhead.run()
            default:
                consumed += block[..<used]
            }
            return used
        }
        return String(decoding: consumed, as: UTF8.self)
    }

    struct SendableBytes: Sendable { var bytes: [UInt8] }

    @Test(arguments: [1, 7, 512, 4_096, 65_536, 1 << 20])
    func everyByteComesOnceInOrder(blockSize: Int) throws {
        let scratch = ScratchDirectory()
        // The consumer looks for the last line break in each block: tiny blocks of a long
        // line would make it quadratic.
        let text = Self.text(seed: UInt64(blockSize), long: blockSize >= 512)
        let path = scratch.write("lines.txt", text)
        #expect(try Self.consumedLines(path, blockSize: blockSize) == text)
    }

    @Test func theByteOrderMarkIsDropped() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("bom.txt", "\u{FEFF}one\ntwo")
        for blockSize in [1, 2, 3, 4, 64] {
            #expect(try Self.consumedLines(path, blockSize: blockSize) == "one\ntwo")
        }
    }
}

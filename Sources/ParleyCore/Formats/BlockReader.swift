#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Feeds a file to a reader in large blocks. The reader consumes the complete records at
/// the front of each block; the rest is kept and completed by the next read. A record
/// longer than the block grows the buffer, so there is no fixed limit on line length.
struct BlockReader {
    /// Big enough that per-block overhead vanishes; small enough to stay out of the way
    /// of the corpus in memory.
    static let defaultBlockSize = 1 << 20

    let file: InputFile
    private let blockSize: Int

    init(file: InputFile, blockSize: Int = BlockReader.defaultBlockSize) {
        self.file = file
        self.blockSize = blockSize
    }

    /// Calls `consume` with the unconsumed bytes and whether the file ends with them;
    /// `consume` returns how many bytes it used (all of them at the end). A UTF-8 byte
    /// order mark at the start of the file is dropped.
    func forEachBlock(
        _ consume: (UnsafeBufferPointer<UInt8>, _ atEnd: Bool) throws(LoadError) -> Int
    ) throws(LoadError) {
        // At least room for the byte order mark, which is read into the buffer to skip it.
        var capacity = max(min(blockSize, file.size + 1), Self.byteOrderMark.count)
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        if try file.head().starts(with: Self.byteOrderMark) {
            var skipped = 0
            while skipped < Self.byteOrderMark.count {
                let count = try file.read(
                    into: buffer, count: Self.byteOrderMark.count - skipped)
                if count == 0 { break }
                skipped += count
            }
        }
        var atEnd = false
        while true {
            while filled < capacity, !atEnd {
                let count = try file.read(into: buffer + filled, count: capacity - filled)
                if count == 0 { atEnd = true }
                filled += count
            }
            let bytes = UnsafeBufferPointer(
                start: buffer.assumingMemoryBound(to: UInt8.self), count: filled)
            let used = try consume(bytes, atEnd)
            if atEnd { return }
            if used > 0 {
                memmove(buffer, buffer + used, filled - used)
                filled -= used
            } else if filled == capacity {
                (buffer, capacity) = Self.grow(buffer, capacity: capacity, filled: filled)
            }
        }
    }

    /// UTF-8's byte order mark, which some Windows tools write at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func grow(
        _ buffer: UnsafeMutableRawPointer, capacity: Int, filled: Int
    ) -> (UnsafeMutableRawPointer, Int) {
        let newCapacity = capacity * 2
        let bigger = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        bigger.copyMemory(from: buffer, byteCount: filled)
        buffer.deallocate()
        return (bigger, newCapacity)
    }
}

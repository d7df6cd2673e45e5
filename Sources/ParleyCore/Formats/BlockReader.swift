#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Feeds a file to a reader in large blocks. The reader consumes the complete records at
/// the front of each block; the rest is kept and completed by the next read. A record
/// longer than the block grows the buffer, so there is no fixed limit on line length.
///
/// The next block can be read while the reader works on this one (``ReadAhead``): a
/// 1M-row TWCS load spent a tenth of its time waiting for reads between its parallel
/// steps. The read goes to a second buffer, and the few bytes left of a block (a record
/// cut by its end) are copied in front of what was read.
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
        try forEachBlockReadingAhead { (block, atEnd, _) throws(LoadError) in
            try consume(block, atEnd)
        }
    }

    /// ``forEachBlock(_:)`` handing `consume` the read of the next block as well, to run
    /// on another thread while it works on this block (``ReadAhead/run()``, at most once);
    /// when it does not, the next block is read after it returns.
    func forEachBlockReadingAhead(
        _ consume: (UnsafeBufferPointer<UInt8>, _ atEnd: Bool, ReadAhead) throws(LoadError) ->
            Int
    ) throws(LoadError) {
        // Room for the byte order mark, which is read into the buffer to skip it.
        let chunk = max(min(blockSize, file.size + 1), Self.byteOrderMark.count)
        var current = Buffer(dataCapacity: chunk)
        let ahead = ReadAhead(file: file, buffer: Buffer(dataCapacity: chunk))
        defer {
            current.deallocate()
            ahead.buffer.deallocate()
        }
        try skipByteOrderMark(into: current)
        try ahead.read(into: &current)
        var atEnd = ahead.reachedEnd
        while true {
            let used = try consume(current.bytes, atEnd, ahead)
            if atEnd { return }
            if !ahead.hasRun { ahead.run() }
            try ahead.takeFailure()
            current.drop(used)
            ahead.join(&current)
            atEnd = ahead.reachedEnd
        }
    }

    /// UTF-8's byte order mark, which some Windows tools write at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private func skipByteOrderMark(into buffer: Buffer) throws(LoadError) {
        guard try file.head().starts(with: Self.byteOrderMark) else { return }
        var skipped = 0
        while skipped < Self.byteOrderMark.count {
            let count = try file.read(
                into: buffer.base, count: Self.byteOrderMark.count - skipped)
            if count == 0 { break }
            skipped += count
        }
    }

    /// The read of the next block, into its own buffer. Used by one thread at a time:
    /// `run` while the block reader waits for the consumer, the rest by the block reader.
    final class ReadAhead: @unchecked Sendable {
        fileprivate var buffer: Buffer
        private let file: InputFile
        fileprivate private(set) var hasRun = false
        fileprivate private(set) var reachedEnd = false
        private var failure: LoadError?

        fileprivate init(file: InputFile, buffer: Buffer) {
            self.file = file
            self.buffer = buffer
        }

        /// Reads the next block (up to a block's worth of bytes, or to the end of the file).
        func run() {
            hasRun = true
            do throws(LoadError) {
                try read(into: &buffer)
            } catch {
                failure = error
            }
        }

        /// Fills `target`'s free room, or reads to the end of the file.
        fileprivate func read(into target: inout Buffer) throws(LoadError) {
            while !target.isFull {
                let count = try file.read(into: target.end, count: target.room)
                if count == 0 {
                    reachedEnd = true
                    return
                }
                target.count += count
            }
        }

        fileprivate func takeFailure() throws(LoadError) {
            if let failure { throw failure }
        }

        /// Makes `current` (what is left of the last block) and the bytes read one block:
        /// the smaller part is copied to the other.
        fileprivate func join(_ current: inout Buffer) {
            if current.count <= buffer.count, buffer.prepend(current.bytes) {
                swap(&current, &buffer)
            } else {
                current.append(buffer.bytes)
            }
            buffer.clear()
            hasRun = false
        }
    }

    /// A block's bytes, with room in front for what was left of the block before (so that
    /// it is copied there, not the new block after it) and behind for reading.
    fileprivate struct Buffer {
        private(set) var base: UnsafeMutableRawPointer
        private var capacity: Int
        /// Where the bytes start, and how many there are.
        private var start: Int
        var count = 0
        private let dataCapacity: Int

        /// Room in front for a record cut by a block's end; a longer one is copied the
        /// other way (see ``ReadAhead/join(_:)``).
        static let headRoom = 64 << 10

        init(dataCapacity: Int) {
            self.dataCapacity = dataCapacity
            capacity = Self.headRoom + dataCapacity
            base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
            start = Self.headRoom
        }

        func deallocate() { base.deallocate() }

        var bytes: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(
                start: (base + start).assumingMemoryBound(to: UInt8.self), count: count)
        }

        var end: UnsafeMutableRawPointer { base + start + count }
        /// Free bytes behind the data, up to a block's worth.
        var room: Int { max(0, min(capacity - start - count, dataCapacity - count)) }
        var isFull: Bool { room == 0 }

        mutating func drop(_ used: Int) {
            start += used
            count -= used
        }

        mutating func clear() {
            start = Self.headRoom
            count = 0
        }

        /// Copies `prefix` in front of the bytes, if it fits the room there.
        mutating func prepend(_ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
            guard prefix.count <= start, let source = prefix.baseAddress else {
                return prefix.isEmpty
            }
            start -= prefix.count
            (base + start).copyMemory(from: source, byteCount: prefix.count)
            count += prefix.count
            return true
        }

        /// Copies `suffix` behind the bytes, moving them to the front or growing first when
        /// the room behind is short.
        mutating func append(_ suffix: UnsafeBufferPointer<UInt8>) {
            guard let source = suffix.baseAddress else { return }
            if capacity - start - count < suffix.count {
                let needed = Self.headRoom + count + suffix.count
                if needed <= capacity {
                    memmove(base + Self.headRoom, base + start, count)
                } else {
                    var newCapacity = capacity
                    while newCapacity < needed { newCapacity *= 2 }
                    let bigger = UnsafeMutableRawPointer.allocate(
                        byteCount: newCapacity, alignment: 16)
                    bigger.advanced(by: Self.headRoom).copyMemory(
                        from: base + start, byteCount: count)
                    base.deallocate()
                    (base, capacity) = (bigger, newCapacity)
                }
                start = Self.headRoom
            }
            end.copyMemory(from: source, byteCount: suffix.count)
            count += suffix.count
        }
    }
}

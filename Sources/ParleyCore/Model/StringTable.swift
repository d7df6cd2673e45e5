#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Strings stored back to back in one byte buffer, addressed by position.
///
/// A million utterances as a million `String`s cost a heap object each; one buffer plus an
/// offset per string keeps the corpus compact and scans cache-friendly (DESIGN.md, data
/// model). Bytes are always valid UTF-8: callers repair input before appending.
public struct StringTable: Sendable, Equatable {
    private(set) var bytes: [UInt8] = []
    /// `ends[i]` is one past the last byte of string `i`; string `i` starts at `ends[i-1]`.
    /// One or two bytes an offset for short strings (``MonotoneOffsets``), where four-byte
    /// offsets took as much room as the ids they delimited.
    private var ends = MonotoneOffsets()

    public init() {}

    public var count: Int { ends.count }
    public var isEmpty: Bool { count == 0 }
    /// Total bytes of text held, for memory accounting.
    public var byteCount: Int { bytes.count }

    public mutating func reserveCapacity(strings: Int, bytes byteCount: Int) {
        ends.reserveCapacity(strings)
        bytes.reserveCapacity(byteCount)
    }

    /// Appends a string and returns its position.
    @discardableResult
    public mutating func append(_ string: String) -> Int {
        var copy = string
        return copy.withUTF8 { append(validUTF8: $0) }
    }

    /// Appends bytes that the caller guarantees are valid UTF-8 and returns their position.
    @discardableResult
    public mutating func append(validUTF8 buffer: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.append(contentsOf: buffer)
        ends.append(bytes.count)
        return count - 1
    }

    @inline(__always)
    private func end(_ index: Int) -> Int { ends[index] }

    /// Removes strings from `count` onwards.
    public mutating func truncate(to newCount: Int) {
        guard newCount < count else { return }
        let newByteCount = newCount == 0 ? 0 : end(newCount - 1)
        ends.truncate(to: newCount)
        bytes.removeSubrange(newByteCount...)
    }

    /// Removes the strings at `positions` (ascending, each at most once), moving the rest
    /// down in place: a copy of the table would double its memory for a moment.
    mutating func remove(sortedPositions positions: [Int]) {
        guard let first = positions.first else { return }
        var kept = MonotoneOffsets()
        kept.reserveCapacity(count - positions.count)
        for index in 0..<first { kept.append(ends[index]) }
        var write = first == 0 ? 0 : ends[first - 1]
        var next = 0
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in first..<ends.count {
                if next < positions.count, positions[next] == index {
                    next += 1
                    continue
                }
                let start = index == 0 ? 0 : ends[index - 1]
                let length = ends[index] - start
                if write != start { (base + write).update(from: base + start, count: length) }
                write += length
                kept.append(write)
            }
        }
        bytes.removeSubrange(write...)
        ends = kept
    }

    @inline(__always)
    public func byteRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : end(index - 1))..<end(index)
    }

    public subscript(index: Int) -> String {
        let range = byteRange(index)
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }

    /// Calls `body` with the bytes of string `index`, without copying them.
    @inline(__always)
    public func withBytes<Result>(
        _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let range = byteRange(index)
        return try bytes.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[range]))
        }
    }

    /// Whether string `index` consists of exactly `key`'s bytes.
    @inline(__always)
    func bytesEqual(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = byteRange(index)
        guard range.count == key.count else { return false }
        guard let keyBase = key.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let start = base + range.lowerBound
            // Ids are short: a byte loop beats a call into memcmp.
            if key.count <= 16 {
                for offset in 0..<key.count where start[offset] != keyBase[offset] {
                    return false
                }
                return true
            }
            return memcmp(start, keyBase, range.count) == 0
        }
    }

    /// The length of string `index` in UTF-8 bytes.
    public func byteLength(_ index: Int) -> Int { byteRange(index).count }

    /// Bytes held, offsets included, for memory accounting.
    var storageByteCount: Int { bytes.count + ends.byteCount }
}

extension StringTable {
    /// The strings through pointers (see ``NarrowIntegers/UnsafeView``).
    struct UnsafeView {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let ends: MonotoneOffsets.UnsafeView

        var count: Int { ends.count }

        /// The bytes of string `index`.
        @inline(__always)
        subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            let start = index == 0 ? 0 : ends[index - 1]
            return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
        }
    }

    func withUnsafeView<Result>(_ body: (UnsafeView) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeView { body(UnsafeView(bytes: bytes, ends: $0)) }
        }
    }
}

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
    private(set) var ends: [Int] = []

    public init() {}

    public var count: Int { ends.count }
    public var isEmpty: Bool { ends.isEmpty }
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
        copy.withUTF8 { bytes.append(contentsOf: $0) }
        ends.append(bytes.count)
        return ends.count - 1
    }

    /// Appends bytes that the caller guarantees are valid UTF-8 and returns their position.
    @discardableResult
    public mutating func append(validUTF8 buffer: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.append(contentsOf: buffer)
        ends.append(bytes.count)
        return ends.count - 1
    }

    /// Removes strings from `count` onwards.
    public mutating func truncate(to newCount: Int) {
        guard newCount < ends.count else { return }
        let newByteCount = newCount == 0 ? 0 : ends[newCount - 1]
        ends.removeSubrange(newCount...)
        bytes.removeSubrange(newByteCount...)
    }

    public func byteRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    public subscript(index: Int) -> String {
        let range = byteRange(index)
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }

    /// Calls `body` with the bytes of string `index`, without copying them.
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
            return memcmp(base + range.lowerBound, keyBase, range.count) == 0
        }
    }

    /// The length of string `index` in UTF-8 bytes.
    public func byteLength(_ index: Int) -> Int { byteRange(index).count }
}

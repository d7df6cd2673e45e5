#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Collects the keys used by the first records of a JSON Lines file, so field detection
/// sees the names the file uses even when its first record lacks an optional field.
enum JSONKeyCollector {
    /// Records looked at.
    static let sampleSize = 1000

    /// Keys of the objects on the first complete lines of `text`, in first-seen order.
    /// Lines that are not valid objects are passed over (the reader reports them later).
    static func keys(in text: UnsafeBufferPointer<UInt8>) -> [String] {
        guard let base = text.baseAddress else { return [] }
        var seen: Set<String> = []
        var keys: [String] = []
        var start = 0
        var sampled = 0
        while start < text.count, sampled < sampleSize {
            let newline = memchr(base + start, 0x0A, text.count - start)
            let stop =
                newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
                ?? text.count
            let line = UnsafeBufferPointer(start: base + start, count: stop - start)
            if let lineKeys = objectKeys(line) {
                sampled += 1
                for key in lineKeys where seen.insert(key).inserted { keys.append(key) }
            }
            start = stop + 1
        }
        return keys
    }

    /// Line breaks in `text` (stopping early at `sampleSize`).
    static func lineCount(in text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in text where byte == 0x0A {
            count += 1
            if count >= sampleSize { break }
        }
        return count
    }

    /// The keys of the object on `line`, or nil if it is not a valid object.
    private static func objectKeys(_ line: UnsafeBufferPointer<UInt8>) -> [String]? {
        var scanner = JSONScanner(line)
        var keys: [String] = []
        var key: [UInt8] = []
        do throws(JSONSyntaxError) {
            scanner.skipWhitespace()
            try scanner.expect(0x7B)
            scanner.skipWhitespace()
            if scanner.current == 0x7D { return [] }
            while true {
                scanner.skipWhitespace()
                key.removeAll(keepingCapacity: true)
                try scanner.decodeString(into: &key)
                keys.append(String(decoding: key, as: UTF8.self))
                scanner.skipWhitespace()
                try scanner.expect(0x3A)
                _ = try scanner.skipValue()
                scanner.skipWhitespace()
                if scanner.current == 0x2C {
                    scanner.position += 1
                    continue
                }
                try scanner.expect(0x7D)
                return keys
            }
        } catch {
            return nil
        }
    }
}

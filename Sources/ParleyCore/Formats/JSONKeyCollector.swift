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

    /// What detection sees of a file: the keys of its first records, in first-seen order,
    /// and how many records they came from.
    struct Sample {
        var keys: [String] = []
        var recordCount = 0
    }

    /// The keys of the first ``sampleSize`` objects among the lines of `text` that end
    /// within its first `byteLimit` bytes. Lines that are not valid objects (blank lines
    /// included) are passed over and not counted (the reader reports them later), so the
    /// sample depends only on the file, never on how much of it a block holds.
    static func sample(_ text: UnsafeBufferPointer<UInt8>, byteLimit: Int) -> Sample {
        guard let base = text.baseAddress else { return Sample() }
        let end = min(text.count, byteLimit)
        var seen: Set<String> = []
        var sample = Sample()
        var start = 0
        while start < end, sample.recordCount < sampleSize {
            let newline = memchr(base + start, 0x0A, text.count - start)
            let stop =
                newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
                ?? text.count
            // A line reaching the limit is left out even when it ends there, so a block
            // that stops exactly at the limit sees the same sample as the whole file.
            if stop > end || (stop == end && end == byteLimit) { break }
            let line = UnsafeBufferPointer(start: base + start, count: stop - start)
            if let lineKeys = objectKeys(line) {
                sample.recordCount += 1
                for key in lineKeys where seen.insert(key).inserted { sample.keys.append(key) }
            }
            start = stop + 1
        }
        return sample
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

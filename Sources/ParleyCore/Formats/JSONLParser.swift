#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses JSON Lines text into a ``RecordBatch``: one object per line, fields picked by a
/// ``FieldMapping``, everything else kept as metadata.
struct JSONLParser {
    private var classifier: KeyClassifier
    private var keyScratch: [UInt8] = []

    init(mapping: FieldMapping) {
        classifier = KeyClassifier(mapping: mapping)
    }

    /// Parses every line of `text` (which ends at a line end, or at the end of the file)
    /// into `batch`, emptied first. Blank lines are skipped silently; line numbers in the
    /// batch count from 0.
    mutating func parse(_ text: UnsafeBufferPointer<UInt8>, into batch: inout RecordBatch) {
        batch.reset(expectedBytes: text.count)
        guard let base = text.baseAddress else { return }
        var start = 0
        var line = 0
        while start < text.count {
            let remaining = text.count - start
            let newline = memchr(base + start, 0x0A, remaining)
            let stop =
                newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
                ?? text.count
            var lineEnd = stop
            if lineEnd > start, base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let bytes = UnsafeBufferPointer(start: base + start, count: lineEnd - start)
            if !Self.isBlank(bytes) {
                batch.beginRecord(line: line)
                parseLine(bytes, into: &batch)
                batch.finishRecord()
            }
            line += 1
            start = stop + 1
        }
        batch.lineCount = line
        batch.keyNames = classifier.metadataKeys
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private mutating func parseLine(
        _ bytes: UnsafeBufferPointer<UInt8>, into batch: inout RecordBatch
    ) {
        var scanner = JSONScanner(bytes)
        do throws(JSONSyntaxError) {
            scanner.skipWhitespace()
            if scanner.current != 0x7B {
                let kind = try scanner.skipValue()
                scanner.skipWhitespace()
                guard scanner.atEnd else { throw scanner.error("unexpected data after the value") }
                batch.fail("not a JSON object (found \(kind))")
                return
            }
            try parseObject(&scanner, into: &batch)
            scanner.skipWhitespace()
            guard scanner.atEnd else { throw scanner.error("unexpected data after the object") }
        } catch {
            batch.fail("malformed JSON: \(error.message) at column \(error.offset + 1)")
            return
        }
        if scanner.repairedUTF8 { batch.warn("invalid UTF-8 replaced with U+FFFD") }
        if scanner.repairedSurrogate { batch.warn("unpaired surrogate replaced with U+FFFD") }
    }

    private mutating func parseObject(
        _ scanner: inout JSONScanner, into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        guard try scanner.openObject() else { return }
        var position = 0
        repeat {
            let role = try classifyKey(&scanner, position: position)
            try scanner.skipColon()
            try JSONFieldReader.read(role, from: &scanner, into: &batch)
            position += 1
        } while try scanner.nextMember()
    }

    private mutating func classifyKey(
        _ scanner: inout JSONScanner, position: Int
    ) throws(JSONSyntaxError) -> FieldRole {
        if let range = scanner.plainString() {
            return classifier.role(of: scanner.bytes(range), position: position)
        }
        keyScratch.removeAll(keepingCapacity: true)
        try scanner.decodeString(into: &keyScratch)
        return keyScratch.withUnsafeBufferPointer { classifier.role(of: $0, position: position) }
    }
}

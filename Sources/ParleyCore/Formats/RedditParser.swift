#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses Pushshift-style Reddit NDJSON into a ``RecordBatch``: comments and submissions,
/// one JSON object a line, on top of ``JSONScanner`` and ``JSONFieldReader``.
///
/// Ids lose their kind prefix (`t1_abc` → `abc`, as ConvoKit's Reddit corpora write them),
/// so `parent_id` `t3_xyz` finds submission `xyz`. A submission's text is its title, a
/// blank line and its selftext; a comment's is its body.
struct RedditParser: LineParser {
    private var keys = RedditKeys()
    private var keyScratch: [UInt8] = []
    private var joinScratch: [UInt8] = []

    /// Ranges in the batch arena of the parts a record is assembled from.
    private struct Parts {
        var name: Range<Int>?
        var body: Range<Int>?
        var title: Range<Int>?
        var selftext: Range<Int>?
    }

    /// The markers Reddit leaves where a body or an author was deleted or removed.
    static let removedMarkers: [[UInt8]] = [Array("[deleted]".utf8), Array("[removed]".utf8)]

    mutating func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, into batch: inout RecordBatch) {
        var scanner = JSONScanner(bytes)
        var parts = Parts()
        do throws(JSONSyntaxError) {
            scanner.skipWhitespace()
            guard scanner.current == 0x7B else {
                let kind = try scanner.skipValue()
                batch.fail("not a JSON object (found \(kind))")
                return
            }
            try parseObject(&scanner, parts: &parts, into: &batch)
            scanner.skipWhitespace()
            guard scanner.atEnd else { throw scanner.error("unexpected data after the object") }
        } catch {
            batch.fail("malformed JSON: \(error.message) at column \(error.offset + 1)")
            return
        }
        if scanner.repairedUTF8 { batch.warn("invalid UTF-8 replaced with U+FFFD") }
        if scanner.repairedSurrogate { batch.warn("unpaired surrogate replaced with U+FFFD") }
        assemble(parts, into: &batch)
    }

    private mutating func parseObject(
        _ scanner: inout JSONScanner, parts: inout Parts, into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        guard try scanner.openObject() else { return }
        var position = 0
        repeat {
            let key = try readKey(&scanner, position: position)
            try scanner.skipColon()
            try read(key, &scanner, parts: &parts, into: &batch)
            position += 1
        } while try scanner.nextMember()
    }

    private mutating func readKey(
        _ scanner: inout JSONScanner, position: Int
    ) throws(JSONSyntaxError) -> RedditKey {
        if let range = scanner.plainString() {
            return keys.key(scanner.bytes(range), position: position)
        }
        keyScratch.removeAll(keepingCapacity: true)
        try scanner.decodeString(into: &keyScratch)
        return keyScratch.withUnsafeBufferPointer { keys.key($0, position: position) }
    }

    private func read(
        _ key: RedditKey, _ scanner: inout JSONScanner, parts: inout Parts,
        into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        switch key {
        case .id: try JSONFieldReader.read(.field(.id), from: &scanner, into: &batch)
        case .parent: try JSONFieldReader.read(.field(.parent), from: &scanner, into: &batch)
        case .author: try JSONFieldReader.read(.field(.speaker), from: &scanner, into: &batch)
        case .time: try JSONFieldReader.read(.field(.time), from: &scanner, into: &batch)
        case .metadata(let number):
            try JSONFieldReader.read(.metadata(number), from: &scanner, into: &batch)
        case .name: parts.name = try Self.readString(&scanner, into: &batch)
        case .body: parts.body = try Self.readString(&scanner, into: &batch)
        case .title: parts.title = try Self.readString(&scanner, into: &batch)
        case .selftext: parts.selftext = try Self.readString(&scanner, into: &batch)
        case .ignored: _ = try scanner.skipValue()
        }
    }

    /// A string value decoded into the arena; nil for anything else (skipped).
    private static func readString(
        _ scanner: inout JSONScanner, into batch: inout RecordBatch
    ) throws(JSONSyntaxError) -> Range<Int>? {
        guard scanner.current == 0x22 else {
            _ = try scanner.skipValue()
            return nil
        }
        let start = batch.arena.count
        try scanner.decodeString(into: &batch.arena)
        return start..<batch.arena.count
    }
}

extension RedditParser {
    /// Fills in what the record's parts decide once it is read whole: the id from `name`,
    /// prefixes dropped, the kind, the text and the removed marker.
    private mutating func assemble(_ parts: Parts, into batch: inout RecordBatch) {
        let last = batch.records.count - 1
        let kind = parts.name.flatMap { Self.kindDigit(batch.arena, $0) }
        if let id = batch.records[last].id {
            batch.records[last].id = Self.droppingKindPrefix(batch.arena, id)
        } else if let name = parts.name {
            let id = Self.droppingKindPrefix(batch.arena, name)
            if !id.isEmpty { batch.set(.id, id) }
        }
        if let parent = batch.records[last].parent {
            batch.records[last].parent = Self.droppingKindPrefix(batch.arena, parent)
        }
        let isSubmission = kind.map { $0 == Self.submissionDigit } ?? (parts.body == nil)
        addMetadata(RedditKeys.kindNumber, isSubmission ? "submission" : "comment", &batch)
        let written = isSubmission ? parts.selftext : parts.body
        if let written, let marker = Self.removedMarker(batch.arena, written) {
            addMetadata(RedditKeys.removedNumber, marker, &batch)
        }
        if !isSubmission {
            if let body = parts.body { batch.set(.text, body) }
        } else if let title = parts.title {
            batch.set(.text, joined(title, parts.selftext, in: &batch.arena))
        } else if let selftext = parts.selftext {
            batch.set(.text, selftext)
        }
    }

    /// `title`, then a blank line and `selftext` when there is one, appended to the arena.
    private mutating func joined(
        _ title: Range<Int>, _ selftext: Range<Int>?, in arena: inout [UInt8]
    ) -> Range<Int> {
        guard let selftext, !selftext.isEmpty else { return title }
        // Through a scratch buffer: appending a slice of the arena to itself would copy
        // the whole arena.
        joinScratch.removeAll(keepingCapacity: true)
        joinScratch.append(contentsOf: arena[title])
        joinScratch.append(contentsOf: [0x0A, 0x0A])
        joinScratch.append(contentsOf: arena[selftext])
        let start = arena.count
        arena.append(contentsOf: joinScratch)
        return start..<arena.count
    }

    private func addMetadata(_ number: Int32, _ text: String, _ batch: inout RecordBatch) {
        let start = batch.arena.count
        batch.arena.append(contentsOf: text.utf8)
        batch.addMetadata(key: number, kind: .string, value: start..<batch.arena.count)
    }

    /// Reddit's kind digits: `t1_` a comment, `t3_` a submission (link).
    static let submissionDigit = UInt8(ascii: "3")

    /// The digit of a `t1_` … `t6_` prefix at the start of `range`, if there.
    private static func kindDigit(_ arena: [UInt8], _ range: Range<Int>) -> UInt8? {
        guard range.count > 3, arena[range.lowerBound] == UInt8(ascii: "t"),
            (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(arena[range.lowerBound + 1]),
            arena[range.lowerBound + 2] == UInt8(ascii: "_")
        else { return nil }
        return arena[range.lowerBound + 1]
    }

    private static func droppingKindPrefix(_ arena: [UInt8], _ range: Range<Int>) -> Range<Int> {
        kindDigit(arena, range) == nil ? range : (range.lowerBound + 3)..<range.upperBound
    }

    private static func removedMarker(_ arena: [UInt8], _ range: Range<Int>) -> String? {
        guard range.count == 9 else { return nil }
        for marker in removedMarkers where arena[range].elementsEqual(marker) {
            return String(decoding: marker, as: UTF8.self)
        }
        return nil
    }
}

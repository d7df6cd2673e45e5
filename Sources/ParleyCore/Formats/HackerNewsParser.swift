/// Parses one Hacker News item (the shape of the API's `v0/item/ID.json`) into a ``RecordBatch`` record: `id`, `by`, `time`, `parent` (a poll option's `poll`),
/// `text` as HTML turned into plain text (``HTMLText``), and for stories, jobs and polls
/// the `title` followed by a blank line and the text, or else the `url`.
///
/// `deleted` items carry no `by` or `text`: they are kept with empty text so their replies
/// stay in their thread. `dead` items are kept as they are. Both keep the flag as metadata.
struct HackerNewsParser: LineParser {
    /// Source keys kept as metadata, as the API spells them.
    static let metadataNames = [
        "type", "score", "descendants", "url", "dead", "deleted", "kids", "parts", "poll",
    ]
    private static let deletedNumber: Int32 = 5
    private static let urlNumber: Int32 = 3
    private static let pollNumber: Int32 = 8

    private enum Key {
        case id, by, time, parent, poll, text, title, url, ignored
        case metadata(Int32)
    }

    private static let keys: [String: Key] = {
        var table: [String: Key] = [
            "id": .id, "by": .by, "time": .time, "parent": .parent, "text": .text,
            "title": .title,
        ]
        for (number, name) in metadataNames.enumerated() { table[name] = .metadata(Int32(number)) }
        table["url"] = .url
        table["poll"] = .poll
        return table
    }()

    private struct Parts {
        var text: Range<Int>?
        var title: Range<Int>?
        var url: Range<Int>?
        var isDeleted = false
    }

    private var keyScratch: [UInt8] = []

    mutating func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, into batch: inout RecordBatch) {
        parse(bytes, column: 0, into: &batch)
    }

    /// Parses the item in `bytes`, which starts `column` bytes into its line (an array
    /// element), so columns in messages count from the line's start.
    mutating func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, column: Int, into batch: inout RecordBatch
    ) {
        var scanner = JSONScanner(bytes)
        var parts = Parts()
        do throws(JSONSyntaxError) {
            scanner.skipWhitespace()
            guard scanner.current == 0x7B else {
                let kind = try scanner.skipValue()
                batch.fail(
                    kind == "null"
                        ? "null item (the API returns null for an id it does not have)"
                        : "not a JSON object (found \(kind))")
                return
            }
            try JSONMembers.forEachMember(&scanner) { (name, scanner) throws(JSONSyntaxError) in
                try read(Self.keys[name] ?? .ignored, &scanner, parts: &parts, into: &batch)
            }
            scanner.skipWhitespace()
            guard scanner.atEnd else { throw scanner.error("unexpected data after the object") }
        } catch {
            batch.fail("malformed JSON: \(error.message) at column \(column + error.offset + 1)")
            return
        }
        if scanner.repairedUTF8 { batch.warn("invalid UTF-8 replaced with U+FFFD") }
        if scanner.repairedSurrogate { batch.warn("unpaired surrogate replaced with U+FFFD") }
        assemble(parts, into: &batch)
    }

    private func read(
        _ key: Key, _ scanner: inout JSONScanner, parts: inout Parts,
        into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        switch key {
        case .id: try JSONFieldReader.read(.field(.id), from: &scanner, into: &batch)
        case .by: try JSONFieldReader.read(.field(.speaker), from: &scanner, into: &batch)
        case .time: try JSONFieldReader.read(.field(.time), from: &scanner, into: &batch)
        case .parent: try JSONFieldReader.read(.field(.parent), from: &scanner, into: &batch)
        case .poll:
            // A poll option's `poll` names its poll, as `parent` names a comment's parent.
            try JSONFieldReader.read(.metadata(Self.pollNumber), from: &scanner, into: &batch)
            let last = batch.records.count - 1
            if batch.records[last].parent == nil, let entry = batch.metadata.last,
                entry.kind == .number
            {
                batch.set(.parent, entry.value)
            }
        case .text: parts.text = try Self.readString(&scanner, into: &batch)
        case .title: parts.title = try Self.readString(&scanner, into: &batch)
        case .url:
            parts.url = try Self.readString(&scanner, into: &batch)
            if let url = parts.url {
                batch.addMetadata(key: Self.urlNumber, kind: .string, value: url)
            }
        case .metadata(let number):
            try JSONFieldReader.read(.metadata(number), from: &scanner, into: &batch)
            if number == Self.deletedNumber, Self.isTrue(batch) { parts.isDeleted = true }
        case .ignored: _ = try scanner.skipValue()
        }
    }

    /// Whether the metadata value just read is `true`.
    private static func isTrue(_ batch: RecordBatch) -> Bool {
        guard let entry = batch.metadata.last, entry.kind == .bool else { return false }
        return batch.arena[entry.value].elementsEqual("true".utf8)
    }

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

    /// The text: title, then a blank line and the text (as plain text) or else the url.
    private func assemble(_ parts: Parts, into batch: inout RecordBatch) {
        func string(_ range: Range<Int>?) -> String? {
            range.map { String(decoding: batch.arena[$0], as: UTF8.self) }
        }
        let body = string(parts.text).map { HTMLText.plainText($0) }
        var pieces: [String] = []
        if let title = string(parts.title) { pieces.append(title) }
        if let body, !body.isEmpty {
            pieces.append(body)
        } else if parts.title != nil, let url = string(parts.url), !url.isEmpty {
            pieces.append(url)
        }
        let start = batch.arena.count
        batch.arena.append(contentsOf: pieces.joined(separator: "\n\n").utf8)
        batch.set(.text, start..<batch.arena.count)
    }
}

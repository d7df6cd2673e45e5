/// Parses CSV or TSV text into a ``RecordBatch``: a header row names the columns, each
/// later record must have as many fields, and columns feed utterance fields through a
/// ``FieldMapping`` (the rest are kept as metadata strings).
struct CSVParser {
    let delimiter: UInt8
    private var roles: [FieldRole] = []
    private var metadataKeys: [String] = []
    private var fields: [Range<Int>] = []
    private var times = TwitterTimeCache()

    init(delimiter: UInt8) { self.delimiter = delimiter }

    /// Column names of the header row: trimmed; an empty name is an unnamed column.
    struct Header {
        var names: [String]
        /// Bytes and physical lines the header used.
        var byteCount: Int
        var lineCount: Int
    }

    /// Reads the header row at the start of `block`; nil when the block ends first.
    func header(in block: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Header? {
        var scanner = CSVScanner(block, atEnd: atEnd, delimiter: delimiter)
        var arena = Array(block)
        var fields: [Range<Int>] = []
        repeat {
            switch scanner.scanRecord(into: &arena, fields: &fields) {
            case .incomplete: return nil
            case .finished:
                // Only blank lines so far: the header may still come.
                guard atEnd else { return nil }
                return Header(names: [], byteCount: block.count, lineCount: scanner.lines)
            case .record: break
            }
        } while fields.count == 1 && fields[0].isEmpty
        let names = fields.map { range in
            String(decoding: arena[range], as: UTF8.self).trimmingSpaces
        }
        return Header(names: names, byteCount: scanner.position, lineCount: scanner.lines)
    }

    /// Sets the columns' roles from the header names and the file's mapping.
    mutating func useColumns(_ names: [String], mapping: FieldMapping) {
        roles = names.map { name in
            if name.isEmpty { return .ignored }
            if let field = mapping.field(named: name) { return .field(field) }
            metadataKeys.append(name)
            return .metadata(Int32(metadataKeys.count - 1))
        }
    }

    /// Parses the complete records at the front of `block` into `batch` (emptied first);
    /// returns the bytes it used (a record cut by the block's end is left for the next
    /// block).
    mutating func parse(
        _ block: UnsafeBufferPointer<UInt8>, atEnd: Bool, into batch: inout RecordBatch
    ) -> Int {
        batch.reset(expectedBytes: block.count)
        // Room for the fields written again (escapes, repairs) after the block's copy.
        batch.arena.reserveCapacity(block.count + block.count / 8 + 64)
        batch.arena.append(contentsOf: block)
        var scanner = CSVScanner(
            block, atEnd: atEnd, delimiter: delimiter,
            validatedEnd: CSVScanner.validatedPrefix(of: block, atEnd: atEnd))
        while true {
            let (arenaStart, line) = (batch.arena.count, scanner.lines)
            scanner.repairedUTF8 = false
            let outcome = scanner.scanRecord(into: &batch.arena, fields: &fields)
            guard case .record = outcome else {
                batch.arena.removeSubrange(arenaStart...)
                break
            }
            if fields.count == 1, fields[0].isEmpty { continue }  // a blank line
            batch.beginRecord(line: line)
            fill(&batch, malformation: scanner.malformation)
            if scanner.repairedUTF8 { batch.warn("invalid UTF-8 replaced with U+FFFD") }
            batch.finishRecord()
        }
        batch.lineCount = scanner.lines
        batch.keyNames = metadataKeys
        return scanner.position
    }

    private mutating func fill(_ batch: inout RecordBatch, malformation: String?) {
        if let malformation { return batch.fail(malformation) }
        guard fields.count == roles.count else {
            return batch.fail("expected \(roles.count) fields, found \(fields.count)")
        }
        for (column, field) in fields.enumerated() {
            let range = CSVFormulaGuard.unguarded(field, in: batch.arena)
            switch roles[column] {
            case .ignored: break
            case .metadata(let key): batch.addMetadata(key: key, kind: .string, value: range)
            case .field(.time): readTime(range, &batch)
            case .field(.role): JSONFieldReader.readRole(in: range, into: &batch)
            case .field(let field): setText(field, range, &batch)
            }
        }
    }

    // Read in place: copying the field to the arena's end appended a slice of the arena
    // to itself, which copied the whole arena for every record (1M TWCS rows: 33 s).
    private mutating func readTime(_ range: Range<Int>, _ batch: inout RecordBatch) {
        guard !range.isEmpty else { return }
        JSONFieldReader.readTime(in: range, into: &batch, parsingWith: &times)
    }

    private func setText(_ field: UtteranceField, _ range: Range<Int>, _ batch: inout RecordBatch) {
        var range = range
        if field == .id || field == .parent {
            range = batch.arena.withUnsafeBufferPointer { arena in
                IDText.trimmingZeroFraction(UnsafeBufferPointer(rebasing: arena[range]), range)
            }
        }
        if range.isEmpty, field != .text { return }
        batch.set(field, range)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}

/// Reads one JSON value into the record being built, as the field it feeds wants it.
enum JSONFieldReader {
    static func read(
        _ role: FieldRole, from scanner: inout JSONScanner, into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        switch role {
        case .field(.time): try readTime(&scanner, into: &batch)
        case .field(.role): try readRole(&scanner, into: &batch)
        case .field(let field): try readText(field, &scanner, into: &batch)
        case .metadata(let key): try readMetadata(key, &scanner, into: &batch)
        case .ignored: _ = try scanner.skipValue()
        }
    }

    /// id, parent, speaker or text. Strings are decoded; numbers keep their text (an id or
    /// parent `3.0` becomes `3`, so TWCS-style float parents resolve); `null` counts as
    /// absent; other values keep their compact JSON text.
    private static func readText(
        _ field: UtteranceField, _ scanner: inout JSONScanner, into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        let start = batch.arena.count
        switch scanner.current {
        case 0x22:
            try scanner.decodeString(into: &batch.arena)
        case UInt8(ascii: "-"), 0x30...0x39:
            var number = try scanner.number()
            if field == .id || field == .parent {
                number = IDText.trimmingZeroFraction(scanner.bytes(number), number)
            }
            batch.arena.append(contentsOf: scanner.bytes(number))
        case UInt8(ascii: "n"):
            _ = try scanner.literal()
            return
        default:
            if field == .id || field == .parent {
                let kind = try scanner.skipValue()
                if field == .id { batch.fail("id is \(kind), not a string or number") }
                if field == .parent { batch.warn("parent is \(kind), not a string or number") }
                return
            }
            try scanner.copyCompactValue(into: &batch.arena)
        }
        let range = start..<batch.arena.count
        if range.isEmpty, field == .id { return }  // an empty id is a missing id
        if range.isEmpty, field != .text { return }  // empty parent or speaker: none
        batch.set(field, range)
    }

    private static func readTime(
        _ scanner: inout JSONScanner, into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        switch scanner.current {
        case UInt8(ascii: "-"), 0x30...0x39:
            let number = scanner.bytes(try scanner.number())
            if let value = NumberText.double(number), let seconds = TimestampParser.fromEpoch(value)
            {
                batch.setTimestamp(seconds)
            } else {
                batch.warn("unreadable time '\(String(decoding: number, as: UTF8.self))'")
            }
        case 0x22:
            let start = batch.arena.count
            try scanner.decodeString(into: &batch.arena)
            readTimeText(from: start, into: &batch)
        case UInt8(ascii: "n"):
            _ = try scanner.literal()
        default:
            let start = batch.arena.count
            try scanner.copyCompactValue(into: &batch.arena)
            readTimeText(from: start, into: &batch)
        }
    }

    /// Parses the time text at the end of the arena, then drops it from the arena.
    static func readTimeText(from start: Int, into batch: inout RecordBatch) {
        readTime(in: start..<batch.arena.count, into: &batch)
        batch.arena.removeSubrange(start...)
    }

    /// Sets the record's time from the text at `range` of the arena, or warns.
    static func readTime(in range: Range<Int>, into batch: inout RecordBatch) {
        let value = batch.arena.withUnsafeBufferPointer { arena in
            TimestampParser.parse(UnsafeBufferPointer(rebasing: arena[range]))
        }
        setTime(value, readFrom: range, in: &batch)
    }

    /// ``readTime(in:into:)`` through a parser's ``TwitterTimeCache``.
    static func readTime(
        in range: Range<Int>, into batch: inout RecordBatch,
        parsingWith cache: inout TwitterTimeCache
    ) {
        let value = batch.arena.withUnsafeBufferPointer { arena in
            cache.parse(UnsafeBufferPointer(rebasing: arena[range]))
        }
        setTime(value, readFrom: range, in: &batch)
    }

    private static func setTime(
        _ value: Double?, readFrom range: Range<Int>, in batch: inout RecordBatch
    ) {
        if let value {
            batch.setTimestamp(value)
        } else if !range.isEmpty {
            let text = batch.arena.withUnsafeBufferPointer { arena in
                String(decoding: UnsafeBufferPointer(rebasing: arena[range]), as: UTF8.self)
            }
            batch.warn("unreadable time '\(text)'")
        }
    }

    private static func readRole(
        _ scanner: inout JSONScanner, into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        let start = batch.arena.count
        switch scanner.current {
        case 0x22: try scanner.decodeString(into: &batch.arena)
        case UInt8(ascii: "n"):
            _ = try scanner.literal()
            return
        default: try scanner.copyCompactValue(into: &batch.arena)
        }
        readRoleText(from: start, into: &batch)
    }

    /// Reads the role text at the end of the arena, then drops it from the arena.
    static func readRoleText(from start: Int, into batch: inout RecordBatch) {
        readRole(in: start..<batch.arena.count, into: &batch)
        batch.arena.removeSubrange(start...)
    }

    /// Sets the record's role from the text at `range` of the arena (empty: no role).
    static func readRole(in range: Range<Int>, into batch: inout RecordBatch) {
        let text = batch.arena.withUnsafeBufferPointer { arena in
            String(decoding: UnsafeBufferPointer(rebasing: arena[range]), as: UTF8.self)
        }
        guard !text.isEmpty else { return }
        let isOrganization = FieldMapping.organizationRoleValues.contains(text.lowercased())
        batch.setRole(isOrganization ? .organization : .customer)
    }

    private static func readMetadata(
        _ key: Int32, _ scanner: inout JSONScanner, into batch: inout RecordBatch
    ) throws(JSONSyntaxError) {
        let start = batch.arena.count
        let kind: MetadataValue.Kind
        switch scanner.current {
        case 0x22:
            try scanner.decodeString(into: &batch.arena)
            kind = .string
        case UInt8(ascii: "-"), 0x30...0x39:
            batch.arena.append(contentsOf: scanner.bytes(try scanner.number()))
            kind = .number
        case 0x7B, 0x5B:
            try scanner.copyCompactValue(into: &batch.arena)
            kind = .json
        default:
            let literalStart = scanner.position
            kind = try scanner.literal()
            batch.arena.append(contentsOf: scanner.bytes(literalStart..<scanner.position))
        }
        batch.addMetadata(key: key, kind: kind, value: start..<batch.arena.count)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits RFC 4180 text into records and fields: quoted fields with `""` escapes and
/// line breaks inside, CRLF, LF or CR between records. A CR outside quotes ends a record,
/// as a strict reader must; lines are counted by LF, as editors and `grep -n` count them.
///
/// The arena starts as a copy of the block, so a field that needs no rewriting is just
/// its range there; only fields with `""` escapes, or with invalid UTF-8 outside the
/// stretch the caller validated, are written again at the arena's end. (Copying every
/// field on its own was a fifth of the parse.)
struct CSVScanner {
    enum Outcome {
        /// A record was read; its fields' decoded bytes are in the arena.
        case record
        /// The record runs past the end of the block: read more and try again.
        case incomplete
        /// No bytes are left.
        case finished
    }

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private let atEnd: Bool
    private let delimiter: UInt8
    /// Bytes before this offset are known to be valid UTF-8.
    private let validatedEnd: Int
    private(set) var position = 0
    /// LF line breaks passed so far.
    private(set) var lines = 0
    /// Set when a field held invalid UTF-8 that was replaced with U+FFFD.
    var repairedUTF8 = false
    /// Why the last record is malformed, if it is.
    private(set) var malformation: String?

    /// Scans `block`, whose first `validatedEnd` bytes are valid UTF-8. The arena handed
    /// to ``scanRecord(into:fields:)`` must begin with a copy of `block`.
    init(
        _ block: UnsafeBufferPointer<UInt8>, atEnd: Bool, delimiter: UInt8, validatedEnd: Int = 0
    ) {
        base = block.baseAddress ?? UnsafePointer(CSVScanner.empty)
        end = block.count
        self.atEnd = atEnd
        self.delimiter = delimiter
        self.validatedEnd = min(validatedEnd, block.count)
    }

    /// How much of `block` to validate up front: up to its last line break, which is never
    /// inside a UTF-8 sequence (the rest may be cut mid-character).
    static func validatedPrefix(of block: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Int {
        let candidate = atEnd ? block.count : (block.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
        return UTF8Repair.isValid(UnsafeBufferPointer(rebasing: block[..<candidate]))
            ? candidate : 0
    }

    // Never written after creation, so sharing it between threads is safe.
    nonisolated(unsafe) private static let empty: UnsafeMutablePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    /// Reads the next record's fields: their ranges in `arena` into `fields`. On
    /// `.incomplete` the scanner is back at the record's start; the caller drops what
    /// was added to the arena.
    mutating func scanRecord(
        into arena: inout [UInt8], fields: inout [Range<Int>]
    ) -> Outcome {
        guard position < end else { return .finished }
        let (startPosition, startLines) = (position, lines)
        fields.removeAll(keepingCapacity: true)
        malformation = nil
        while true {
            let field =
                position < end && base[position] == 0x22
                ? scanQuoted(into: &arena) : scanUnquoted(into: &arena)
            guard let field, let ending = fieldEnding() else {
                (position, lines) = (startPosition, startLines)
                return .incomplete
            }
            fields.append(field)
            if !ending { return .record }
        }
    }

    /// Consumes what ends a field: true after a delimiter (more fields follow), false at
    /// a record break or the end of the file, nil when the block ends too early to tell.
    private mutating func fieldEnding() -> Bool? {
        guard position < end else { return atEnd ? false : nil }
        switch base[position] {
        case delimiter:
            position += 1
            return true
        case 0x0A:
            position += 1
            lines += 1
            return false
        case 0x0D:
            if position + 1 < end {
                if base[position + 1] == 0x0A {
                    position += 2
                    lines += 1
                } else {
                    position += 1
                }
                return false
            }
            if !atEnd { return nil }
            position += 1
            return false
        default:
            // Only after a closing quote: text follows it. Skip it and report the record.
            if malformation == nil {
                malformation = "malformed CSV: text after a closing quote"
            }
            return skipUnquoted() ? fieldEnding() : nil
        }
    }

    /// An unquoted field: up to a delimiter or record break. Quotes inside are kept as
    /// text (lenient, as most readers are). Nil when the block ends first.
    private mutating func scanUnquoted(into arena: inout [UInt8]) -> Range<Int>? {
        let start = position
        let found = skipUnquoted()
        let field = settle(start..<position, in: &arena)
        return found ? field : nil
    }

    private mutating func skipUnquoted() -> Bool {
        while position < end {
            let byte = base[position]
            if byte == delimiter || byte == 0x0A || byte == 0x0D { return true }
            position += 1
        }
        return atEnd
    }

    /// A quoted field, its `""` escapes resolved. Nil when the block ends first; at the
    /// end of the file an unterminated quote makes the rest of the file one bad record.
    private mutating func scanQuoted(into arena: inout [UInt8]) -> Range<Int>? {
        position += 1
        // Where the field's rewritten bytes start once an escape is met.
        var rewritten: Int?
        while true {
            let remaining = end - position
            guard remaining > 0,
                let found = memchr(base + position, 0x22, remaining)
            else {
                guard atEnd else { return nil }
                countLines(position..<end)
                let field = piece(position..<end, after: rewritten, in: &arena)
                position = end
                malformation = "malformed CSV: unterminated quoted field"
                return field
            }
            let quote = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            if quote + 1 == end, !atEnd { return nil }
            countLines(position..<quote)
            if quote + 1 < end, base[quote + 1] == 0x22 {
                if rewritten == nil { rewritten = arena.count }
                appendRepairing(position..<(quote + 1), to: &arena)
                position = quote + 2
                continue
            }
            let field = piece(position..<quote, after: rewritten, in: &arena)
            position = quote + 1
            return field
        }
    }

    /// The last piece of a field: in place when nothing before it was rewritten.
    private mutating func piece(
        _ range: Range<Int>, after rewritten: Int?, in arena: inout [UInt8]
    ) -> Range<Int> {
        guard let rewritten else { return settle(range, in: &arena) }
        appendRepairing(range, to: &arena)
        return rewritten..<arena.count
    }

    /// `range` of the block as a field: in place when it is validated UTF-8, else
    /// repaired at the arena's end.
    private mutating func settle(_ range: Range<Int>, in arena: inout [UInt8]) -> Range<Int> {
        if range.upperBound <= validatedEnd { return range }
        let start = arena.count
        appendRepairing(range, to: &arena)
        return start..<arena.count
    }

    private mutating func countLines(_ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound,
            let found = memchr(base + index, 0x0A, range.upperBound - index)
        {
            lines += 1
            index = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base + 1
        }
    }

    private mutating func appendRepairing(_ range: Range<Int>, to arena: inout [UInt8]) {
        guard !range.isEmpty else { return }
        let bytes = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        if UTF8Repair.append(bytes, to: &arena) { repairedUTF8 = true }
    }
}

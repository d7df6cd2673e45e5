/// Where and why a line is not valid JSON.
struct JSONSyntaxError: Error {
    var message: String
    /// Byte offset in the line.
    var offset: Int
}

/// A hand-written JSON scanner over one line of bytes.
///
/// Foundation's JSON parsing runs at about 70 MB/s here (TECH-NOTES.md); this scanner
/// decodes only what a reader asks for, straight into a byte arena, and checks the full
/// JSON grammar (RFC 8259) on the way, so malformed input is reported, not guessed at.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    var position = 0
    /// Set when a string held invalid UTF-8 that was replaced with U+FFFD.
    var repairedUTF8 = false
    /// Set when a `\u` escape named a lone surrogate, replaced with U+FFFD.
    var repairedSurrogate = false

    init(_ line: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no base address; point at a harmless constant instead.
        base = line.baseAddress ?? JSONScanner.emptyLine
        end = line.count
    }

    // Never written after creation, so sharing it between threads is safe.
    nonisolated(unsafe) private static let emptyLine: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    var atEnd: Bool { position >= end }

    /// The next byte, or 0 at the end (0 is never valid JSON outside strings).
    @inline(__always) var current: UInt8 { position < end ? base[position] : 0 }

    func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: atEnd ? "unexpected end of line" : message, offset: position)
    }

    @inline(__always) mutating func skipWhitespace() {
        while position < end {
            let byte = base[position]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            position += 1
        }
    }

    @inline(__always) mutating func expect(_ byte: UInt8) throws(JSONSyntaxError) {
        guard current == byte else {
            throw error("expected '\(Character(Unicode.Scalar(byte)))'")
        }
        position += 1
    }

    // MARK: Strings

    /// If the string at the cursor has no escapes, consumes it and returns its content's
    /// byte range in the line; otherwise leaves the cursor alone and returns nil.
    mutating func plainString() -> Range<Int>? {
        var index = position + 1
        while index < end {
            let byte = base[index]
            if byte == 0x22 {
                let range = (position + 1)..<index
                position = index + 1
                return range
            }
            if byte == 0x5C || byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// Decodes the string at the cursor (which must be at its opening quote) into `output`:
    /// escapes resolved, invalid UTF-8 replaced with U+FFFD.
    mutating func decodeString(into output: inout [UInt8]) throws(JSONSyntaxError) {
        try expect(0x22)
        var runStart = position
        while true {
            position = skipPlainBytes(from: position)
            guard position < end else { throw error("unterminated string") }
            let byte = base[position]
            flush(runStart..<position, into: &output)
            if byte == 0x22 {
                position += 1
                return
            }
            if byte < 0x20 { throw error("control character in string") }
            try decodeEscape(into: &output)
            runStart = position
        }
    }

    /// The first position at or after `start` holding `"`, `\`, a control byte, or `end`.
    /// Eight bytes at a time where it can (a SWAR zero-byte test).
    @inline(__always) private func skipPlainBytes(from start: Int) -> Int {
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let hasQuote = (quote &- ones) & ~quote & highs
            let hasBackslash = (backslash &- ones) & ~backslash & highs
            let hasControl = (word &- ones &* 0x20) & ~word & highs
            if hasQuote | hasBackslash | hasControl != 0 { break }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return index }
            index += 1
        }
        return index
    }

    private mutating func flush(_ range: Range<Int>, into output: inout [UInt8]) {
        guard !range.isEmpty else { return }
        let run = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        if UTF8Repair.append(run, to: &output) { repairedUTF8 = true }
    }

    /// Decodes one escape at the cursor (at its backslash).
    private mutating func decodeEscape(into output: inout [UInt8]) throws(JSONSyntaxError) {
        position += 1
        let byte = current
        position += 1
        switch byte {
        case 0x22, 0x5C, 0x2F: output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"): try decodeUnicodeEscape(into: &output)
        default:
            position -= 2
            throw error("invalid escape in string")
        }
    }

    /// `\uXXXX`, joining a surrogate pair written as two escapes.
    private mutating func decodeUnicodeEscape(into output: inout [UInt8]) throws(JSONSyntaxError) {
        let first = try hex4()
        var scalar = first
        if (0xD800...0xDBFF).contains(first), current == 0x5C, position + 1 < end,
            base[position + 1] == UInt8(ascii: "u")
        {
            let save = position
            position += 2
            let second = try hex4()
            if (0xDC00...0xDFFF).contains(second) {
                scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            } else {
                position = save
            }
        }
        if (0xD800...0xDFFF).contains(scalar) {
            repairedSurrogate = true
            output.append(contentsOf: UTF8Repair.replacementCharacter)
        } else {
            UTF8Repair.appendScalar(scalar, to: &output)
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = current
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error("invalid \\u escape in string")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    // MARK: Numbers and literals

    /// Consumes a number (checked against the JSON grammar) and returns its byte range.
    mutating func number() throws(JSONSyntaxError) -> Range<Int> {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        if current == UInt8(ascii: "0") {
            position += 1
        } else {
            guard try digits() > 0 else { throw error("invalid number") }
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard try digits() > 0 else { throw error("invalid number") }
        }
        if current | 0x20 == UInt8(ascii: "e") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard try digits() > 0 else { throw error("invalid number") }
        }
        return start..<position
    }

    private mutating func digits() throws(JSONSyntaxError) -> Int {
        let start = position
        while position < end, base[position] >= 0x30, base[position] <= 0x39 { position += 1 }
        return position - start
    }

    /// Consumes `true`, `false` or `null`, returning which.
    mutating func literal() throws(JSONSyntaxError) -> MetadataValue.Kind {
        for (word, kind) in Self.literals where matches(word) {
            position += word.count
            return kind
        }
        throw error("expected a value")
    }

    private static let literals: [([UInt8], MetadataValue.Kind)] = [
        (Array("true".utf8), .bool), (Array("false".utf8), .bool), (Array("null".utf8), .null),
    ]

    private func matches(_ word: [UInt8]) -> Bool {
        guard position + word.count <= end else { return false }
        for (offset, byte) in word.enumerated() where base[position + offset] != byte {
            return false
        }
        return true
    }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }
}

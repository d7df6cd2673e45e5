/// Finds the top-level JSON values in a block of a JSON array (`[{…}, {…}]`) or of a
/// sequence of pretty-printed objects, so a 2 GB array is read element by element, never
/// whole. It tracks only strings and brackets; each value's grammar is checked when the
/// value is parsed, so a malformed element is one bad record and the split stays in step.
struct HackerNewsElements {
    /// One value: its bytes in the block and the line it starts on, counted from the
    /// block's first line (0).
    struct Element {
        var range: Range<Int>
        var line: Int
        /// Bytes before the value on its line (which may have begun in an earlier block).
        var column: Int
    }

    /// What the scan of one block found.
    struct Split {
        var elements: [Element] = []
        /// Bytes consumed: up to the end of the last complete value (and what follows it up
        /// to the next value).
        var consumed = 0
        /// Line breaks in the consumed bytes.
        var lineCount = 0
        /// A problem with the file's structure, at a line of the block.
        var problem: (line: Int, reason: String)?
    }

    /// Whether the input is an array (else a sequence of values).
    let isArray: Bool
    private var opened = false
    private var closed = false
    /// Bytes of the current line consumed by earlier blocks.
    private var carriedColumn = 0
    /// Set after a structural problem: the rest of the file is passed over.
    private var stopped = false

    init(isArray: Bool) { self.isArray = isArray }

    mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Split {
        var result = Split()
        var position = 0
        var lineCounter = LineCounter(carriedColumn: carriedColumn)
        while !stopped {
            position = Self.skipSpaceAndCommas(bytes, from: position)
            guard position < bytes.count else { break }
            if isArray, !opened {
                guard bytes[position] == UInt8(ascii: "[") else {
                    result.problem = (lineCounter.line(at: position, in: bytes), "expected '['")
                    stopped = true
                    break
                }
                opened = true
                position += 1
                continue
            }
            if closed {
                let line = lineCounter.line(at: position, in: bytes)
                result.problem = (line, "unexpected data after the closing ']'")
                stopped = true
                break
            }
            if isArray, bytes[position] == UInt8(ascii: "]") {
                closed = true
                position += 1
                continue
            }
            guard var end = Self.valueEnd(bytes, from: position) else { break }
            // A stray closer (`}` or `]` where a value should start) ends nothing: taken as
            // a one-byte bad value, so the scan moves on (found by fuzz-hackernews: it
            // appended empty values at one position for ever).
            if end == position { end += 1 }
            let line = lineCounter.line(at: position, in: bytes)
            result.elements.append(
                Element(range: position..<end, line: line, column: lineCounter.column(at: position))
            )
            position = end
        }
        if stopped {
            position = bytes.count
        } else if atEnd {
            if position < bytes.count, result.problem == nil {
                let line = lineCounter.line(at: position, in: bytes)
                result.problem = (line, "the file ends inside a value (truncated?)")
            } else if isArray, opened, !closed, result.problem == nil {
                let line = lineCounter.line(at: bytes.count, in: bytes)
                result.problem = (line, "the file ends before the array's closing ']' (truncated?)")
            }
            position = bytes.count
        }
        result.consumed = position
        result.lineCount = lineCounter.line(at: position, in: bytes)
        carriedColumn = lineCounter.column(at: position)
        return result
    }

    private static func skipSpaceAndCommas(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","): index += 1
            default: return index
            }
        }
        return index
    }

    /// The end of the value starting at `start`, or nil when the block ends first.
    private static func valueEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var depth = 0
        var index = start
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == 0x5C {
                    index += 1
                } else if byte == 0x22 {
                    inString = false
                    if depth == 0 { return index + 1 }
                }
            } else {
                switch byte {
                case 0x22: inString = true
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    // A closer at depth 0 ends a bare scalar (`1]`); it is not part of it.
                    if depth == 0 { return index }
                    depth -= 1
                    if depth == 0 { return index + 1 }
                case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","):
                    if depth == 0 { return index }
                default: break
                }
            }
            index += 1
        }
        return nil
    }
}

/// Counts line breaks up to a position, moving forward only, and where the last one was.
private struct LineCounter {
    let carriedColumn: Int
    private var counted = 0
    private var lines = 0
    private var lastLineBreak: Int?

    init(carriedColumn: Int) { self.carriedColumn = carriedColumn }

    /// Bytes between the line's start and `position`, which ``line(at:in:)`` has reached.
    func column(at position: Int) -> Int {
        lastLineBreak.map { position - $0 - 1 } ?? carriedColumn + position
    }

    mutating func line(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        while counted < position {
            if bytes[counted] == 0x0A {
                lines += 1
                lastLineBreak = counted
            }
            counted += 1
        }
        return lines
    }
}

extension JSONScanner {
    /// Copies the value at the cursor to `output` as compact JSON text (no whitespace
    /// outside strings; strings keep their escapes), checking its grammar. Nested values
    /// are walked with an explicit stack, so any depth costs no call stack.
    mutating func copyCompactValue(into output: inout [UInt8]) throws(JSONSyntaxError) {
        var open: [UInt8] = []
        value: while true {
            skipWhitespace()
            switch current {
            case 0x7B, 0x5B:  // { [
                let opening = current
                output.append(opening)
                position += 1
                skipWhitespace()
                let closing: UInt8 = opening == 0x7B ? 0x7D : 0x5D
                if current == closing {
                    output.append(closing)
                    position += 1
                } else {
                    open.append(opening)
                    if opening == 0x7B { try copyKey(into: &output) }
                    continue value
                }
            case 0x22:
                try copyRawString(into: &output)
            case UInt8(ascii: "-"), 0x30...0x39:
                output.append(contentsOf: bytes(try number()))
            default:
                let start = position
                _ = try literal()
                output.append(contentsOf: bytes(start..<position))
            }
            // After a value: close containers or move to the next element.
            while let top = open.last {
                skipWhitespace()
                let closing: UInt8 = top == 0x7B ? 0x7D : 0x5D
                if current == closing {
                    output.append(closing)
                    position += 1
                    open.removeLast()
                } else if current == 0x2C {
                    output.append(0x2C)
                    position += 1
                    if top == 0x7B { try copyKey(into: &output) }
                    continue value
                } else {
                    throw error(top == 0x7B ? "expected ',' or '}'" : "expected ',' or ']'")
                }
            }
            return
        }
    }

    /// Copies `"key":` (whitespace dropped).
    private mutating func copyKey(into output: inout [UInt8]) throws(JSONSyntaxError) {
        skipWhitespace()
        guard current == 0x22 else { throw error("expected a string key") }
        try copyRawString(into: &output)
        skipWhitespace()
        try expect(0x3A)
        output.append(0x3A)
    }

    /// Copies a string with its quotes and escapes as written, after checking it (and
    /// repairing invalid UTF-8).
    mutating func copyRawString(into output: inout [UInt8]) throws(JSONSyntaxError) {
        let start = position
        var scratch: [UInt8] = []
        try decodeString(into: &scratch)
        let raw = bytes(start..<position)
        if UTF8Repair.append(raw, to: &output) { repairedUTF8 = true }
    }

    /// Checks the value at the cursor without keeping it; returns a word for what it is.
    mutating func skipValue() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        let kind: String
        switch current {
        case 0x7B: kind = "an object"
        case 0x5B: kind = "an array"
        case 0x22: kind = "a string"
        case UInt8(ascii: "-"), 0x30...0x39: kind = "a number"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): kind = "a boolean"
        default: kind = "null"
        }
        var discard: [UInt8] = []
        try copyCompactValue(into: &discard)
        return kind
    }
}

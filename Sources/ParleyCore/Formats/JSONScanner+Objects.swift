/// Stepping through an object's members, for readers that read keys their own way (the
/// record parsers classify a key from its bytes without making a String):
///
/// ```swift
/// guard try scanner.openObject() else { return }   // `{}`
/// repeat {
///     let key = …read the key at the cursor…
///     try scanner.skipColon()
///     …read the value…
/// } while try scanner.nextMember()
/// ```
extension JSONScanner {
    /// Reads the `{` at the cursor; true with the cursor on the first key, false after the
    /// `}` of an empty object.
    mutating func openObject() throws(JSONSyntaxError) -> Bool {
        try expect(0x7B)
        skipWhitespace()
        if current == 0x7D {
            position += 1
            return false
        }
        try requireKey()
        return true
    }

    /// Reads the `:` after a key, and the space around it; the cursor is then on the value.
    mutating func skipColon() throws(JSONSyntaxError) {
        skipWhitespace()
        try expect(0x3A)
        skipWhitespace()
    }

    /// After a member's value: true with the cursor on the next key, false after the `}`.
    mutating func nextMember() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        switch current {
        case 0x2C:
            position += 1
            skipWhitespace()
            try requireKey()
            return true
        case 0x7D:
            position += 1
            return false
        default:
            throw error("expected ',' or '}'")
        }
    }

    private func requireKey() throws(JSONSyntaxError) {
        guard current == 0x22 else { throw error("expected a string key") }
    }
}

/// A literal every match of a regular expression starts with, found before running the
/// expression: glibc's `regexec` costs microseconds per text even when nothing matches,
/// and most texts do not hold a pattern's opening letters, so a cheap scan for them skips
/// most calls. The scan is as case-insensitive (ASCII) as the expression.
struct RequiredLiteral: Sendable {
    /// The shortest prefix worth scanning for: shorter ones are found almost everywhere.
    static let minimumLength = 3

    /// Lower-cased bytes.
    let bytes: [UInt8]

    /// The pattern's leading run of letters, digits and spaces, without a last character
    /// made optional by `?`, `*` or `{`; nil when there is none long enough or the
    /// pattern has an alternative outside parentheses (`a|b` may start either way).
    init?(pattern: String) {
        var depth = 0
        var inBracket = false
        for character in pattern {
            if inBracket {
                if character == "]" { inBracket = false }
            } else if character == "[" {
                inBracket = true
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
            } else if character == "|", depth <= 0 {
                return nil
            }
        }
        var prefix: [UInt8] = []
        var rest = pattern.utf8.drop { $0 == UInt8(ascii: "^") }
        while let byte = rest.first, byte < 0x80,
            WordBytes.isWord(byte) && byte != UInt8(ascii: "_") || byte == WordBytes.space
        {
            prefix.append(WordBytes.lowercase(byte))
            rest = rest.dropFirst()
        }
        if let next = rest.first, "?*{".utf8.contains(next), !prefix.isEmpty {
            prefix.removeLast()
        }
        guard prefix.count >= Self.minimumLength else { return nil }
        bytes = prefix
    }

    /// Whether the literal occurs in `text`, ignoring ASCII case.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard text.count >= count else { return false }
        let first = bytes[0]
        var start = 0
        while start <= text.count - count {
            if WordBytes.lowercase(text[start]) == first {
                var offset = 1
                while offset < count, WordBytes.lowercase(text[start + offset]) == bytes[offset] {
                    offset += 1
                }
                if offset == count { return true }
            }
            start += 1
        }
        return false
    }
}

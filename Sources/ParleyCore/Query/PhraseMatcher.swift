/// Finds a word or phrase in UTF-8 text, ignoring the case of ASCII letters, on word
/// boundaries: `contains 'refund'` finds "Refund!" and "refund's" but not "refunded".
///
/// Words of a phrase may be separated in the text by any run of spaces, tabs or newlines.
/// Letters outside ASCII are compared exactly. Works on the bytes in place.
public struct PhraseMatcher: Sendable {
    /// The phrase in lower case, words separated by one space (0x20).
    private let needle: [UInt8]

    /// Nil when the phrase has no words.
    public init?(_ phrase: String) {
        let words = phrase.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return nil }
        needle = Array(words.joined(separator: " ").utf8).map(WordBytes.lowercase)
    }

    /// Whether the phrase occurs in `bytes`.
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstMatch(in: bytes, from: 0) != nil
    }

    /// The first occurrence at or after byte `start`.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        let first = needle[0]
        var index = start
        let count = bytes.count
        while index < count {
            if WordBytes.lowercase(bytes[index]) == first,
                index == 0 || !WordBytes.isWord(bytes[index - 1]),
                let end = matchEnd(in: bytes, at: index),
                end == count || !WordBytes.isWord(bytes[end])
            {
                return index..<end
            }
            index += 1
        }
        return nil
    }

    /// Where the phrase ends if it starts at `start`.
    private func matchEnd(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var position = start
        for byte in needle {
            if byte == WordBytes.space {
                guard position < bytes.count, WordBytes.isSpace(bytes[position]) else { return nil }
                while position < bytes.count, WordBytes.isSpace(bytes[position]) { position += 1 }
                continue
            }
            guard position < bytes.count, WordBytes.lowercase(bytes[position]) == byte else {
                return nil
            }
            position += 1
        }
        return position
    }
}

/// Byte classes shared by the matcher and the tokenizer.
enum WordBytes {
    static let space = UInt8(ascii: " ")

    /// ASCII letters, digits, `_`, and every byte of a character outside ASCII.
    @inline(__always) static func isWord(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39)
            || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7a)
            || byte == UInt8(ascii: "_")
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0d)
    }

    @inline(__always) static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
    }
}

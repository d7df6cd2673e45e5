/// Splits UTF-8 text into tokens for term statistics, the one tokenizer of the core.
///
/// A token is a run of letters, digits, combining marks and `_`, with apostrophes inside
/// it kept (`don't`, and `don’t` read as `don't`); everything else separates words.
/// URLs (`http://…`, `https://…`, `www.…`) and `@mentions` are recognised whole, and runs
/// of digits (with `.` `,` `:` inside) are numbers, so callers can leave them out.
public enum Tokenizer {
    public enum Kind: Sendable, Equatable {
        case word, number, url, mention
    }

    public struct Token: Sendable, Equatable {
        public var kind: Kind
        /// The token's bytes within the text.
        public var range: Range<Int>
    }

    /// Calls `body` with each token of `bytes`, in order.
    public static func forEachToken(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void
    ) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte | 0x20 == UInt8(ascii: "h") || byte | 0x20 == UInt8(ascii: "w"),
                let end = urlEnd(bytes, at: index)
            {
                body(Token(kind: .url, range: index..<end))
                index = end
            } else if byte == UInt8(ascii: "@"), index + 1 < count, isWordStart(bytes, index + 1),
                index == 0 || !WordBytes.isWord(bytes[index - 1])
            {
                let end = wordEnd(bytes, from: index + 1)
                body(Token(kind: .mention, range: index..<end))
                index = end
            } else if isWordStart(bytes, index) {
                let end = wordEnd(bytes, from: index)
                let kind: Kind = isNumber(bytes, index..<end) ? .number : .word
                body(Token(kind: kind, range: index..<end))
                index = end
            } else {
                index += 1  // continuation bytes of a separator are not word starts either
            }
        }
    }

    /// The words of `text`, lower-cased, numbers, URLs and mentions left out (for tests
    /// and small inputs; large scans use ``forEachToken(in:_:)``).
    public static func words(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var words: [String] = []
            forEachToken(in: bytes) { token in
                guard token.kind == .word else { return }
                words.append(TermNormalizer.normalized(bytes, token.range))
            }
            return words
        }
    }

    /// Whether a word starts at `index`.
    static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        wordCharacterLength(bytes, index) > 0
    }

    /// The byte length of the character at `index` if it belongs in words (ASCII letters,
    /// digits and `_`; outside ASCII, letters, digits and combining marks), else 0.
    /// Currency signs, emoji and punctuation such as `—` separate words.
    @inline(__always)
    static func wordCharacterLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return WordBytes.isWord(byte) ? 1 : 0 }
        // Fast answers for the commonest non-ASCII text: Latin-1 letters (C3 80–C3 BF but
        // × and ÷) and emoji (F0 9F …), before asking the Unicode tables.
        if byte == 0xC3, index + 1 < bytes.count {
            let next = bytes[index + 1]
            return next == 0x97 || next == 0xB7 ? 0 : 2
        }
        if byte == 0xF0, index + 1 < bytes.count, bytes[index + 1] == 0x9F { return 0 }
        guard let (scalar, length) = decodeScalar(bytes, index) else { return 0 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .nonspacingMark, .spacingMark:
            return length
        default:
            return properties.isAlphabetic ? length : 0
        }
    }

    /// The scalar at `index` and its length in bytes; nil for a stray continuation byte
    /// (texts are repaired UTF-8, so only a cut can leave one).
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int)
        -> (Unicode.Scalar, Int)?
    {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Whether a right single quotation mark (U+2019, E2 80 99) starts at `index`.
    static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && bytes[index + 2] == 0x99
    }

    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let length = wordCharacterLength(bytes, index)
            if length > 0 {
                index += length
                continue
            }
            // An apostrophe between word characters belongs to the word.
            let apostrophe =
                bytes[index] == UInt8(ascii: "'") ? 1 : (isCurlyApostrophe(bytes, index) ? 3 : 0)
            if apostrophe > 0, index + apostrophe < bytes.count,
                isWordStart(bytes, index + apostrophe)
            {
                index += apostrophe
                continue
            }
            break
        }
        return index
    }

    private static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
    }

    private static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www."].map {
        Array($0.utf8)
    }

    /// The end of a URL starting at `index` (it runs to the next space), or nil.
    private static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard
            index == 0 || WordBytes.isSpace(bytes[index - 1]) || !WordBytes.isWord(bytes[index - 1])
        else { return nil }
        for prefix in urlPrefixes where hasPrefix(bytes, at: index, prefix) {
            var end = index + prefix.count
            while end < bytes.count, !WordBytes.isSpace(bytes[end]) { end += 1 }
            return end
        }
        return nil
    }

    private static func hasPrefix(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ prefix: [UInt8]
    )
        -> Bool
    {
        guard index + prefix.count <= bytes.count else { return false }
        for (offset, byte) in prefix.enumerated()
        where WordBytes.lowercase(bytes[index + offset]) != byte {
            return false
        }
        return true
    }
}

/// Turns a token's bytes into the term counted: ASCII letters lower-cased, `’` as `'`.
/// Letters outside ASCII keep their case (lower-casing them needs Unicode tables per token).
public enum TermNormalizer {
    public static func normalized(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
        -> String
    {
        var scratch: [UInt8] = []
        normalize(bytes, range, into: &scratch)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Whether the token has an upper-case ASCII letter or a curly apostrophe's first byte.
    @inline(__always)
    static func needsNormalizing(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index]
            if (byte >= 0x41 && byte <= 0x5a) || byte == 0xE2 { return true }
        }
        return false
    }

    /// Writes the normalised bytes into `scratch` (emptied first), reusing its storage.
    static func normalize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into scratch: inout [UInt8]
    ) {
        scratch.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            if Tokenizer.isCurlyApostrophe(bytes, index) {
                scratch.append(UInt8(ascii: "'"))
                index += 3
            } else {
                scratch.append(WordBytes.lowercase(bytes[index]))
                index += 1
            }
        }
    }
}

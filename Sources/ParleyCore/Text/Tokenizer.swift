/// Splits UTF-8 text into tokens for term statistics, the one tokenizer of the core.
///
/// A token is a run of word bytes (ASCII letters and digits, `_`, characters outside
/// ASCII) with apostrophes inside it kept (`don't`, and `don’t` read as `don't`).
/// Punctuation of the General Punctuation block (dashes, curly quotes) separates words.
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
            if let end = urlEnd(bytes, at: index) {
                body(Token(kind: .url, range: index..<end))
                index = end
            } else if byte == UInt8(ascii: "@"), index + 1 < count, isWordStart(bytes, index + 1),
                index == 0 || !ByteClass.isWord(bytes[index - 1])
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
                // Skip a punctuation character whole: a word must not start inside it.
                index += max(1, punctuationLength(bytes, index))
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

    /// Whether a word starts at `index`: a word byte that is not General Punctuation.
    static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        ByteClass.isWord(bytes[index]) && punctuationLength(bytes, index) == 0
    }

    /// Three for a character of U+2000–U+206F (E2 80 xx, E2 81 xx), else zero.
    static func punctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        guard bytes[index] == 0xE2, index + 2 < bytes.count,
            bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81
        else { return 0 }
        return 3
    }

    /// Whether a right single quotation mark (U+2019, E2 80 99) starts at `index`.
    static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && bytes[index + 2] == 0x99
    }

    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if isWordStart(bytes, index) {
                index += 1
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

    /// The end of a URL starting at `index` (it runs to the next space), or nil.
    private static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard
            index == 0 || ByteClass.isSpace(bytes[index - 1]) || !ByteClass.isWord(bytes[index - 1])
        else { return nil }
        let lower = bytes[index] | 0x20
        guard lower == UInt8(ascii: "h") || lower == UInt8(ascii: "w") else { return nil }
        let prefixes = ["http://", "https://", "www."]
        for prefix in prefixes where hasPrefix(bytes, at: index, Array(prefix.utf8)) {
            var end = index + prefix.utf8.count
            while end < bytes.count, !ByteClass.isSpace(bytes[end]) { end += 1 }
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
        where ByteClass.lowercase(bytes[index + offset]) != byte {
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
                scratch.append(ByteClass.lowercase(bytes[index]))
                index += 1
            }
        }
    }
}

/// The reference's `SentiText._words_and_emoticons` on UTF-8 bytes: split on whitespace as
/// `str.split()` does, then `_strip_punc_if_word` each piece.
///
/// It also counts the text's `!` and `?` (for `_punctuation_emphasis`) in the same pass.
enum VaderTokenizer {
    struct Result {
        var exclamations = 0
        var questions = 0
    }

    /// Appends the tokens of `bytes` to `tokens`, each resolved against `table`.
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, table: WordTable, into tokens: inout [Token]
    ) -> Result {
        var result = Result()
        var offset = 0
        let count = bytes.count
        while offset < count {
            let skipped = whitespaceLength(bytes, at: offset)
            if skipped > 0 {
                offset += skipped
                continue
            }
            let start = offset
            while offset < count, whitespaceLength(bytes, at: offset) == 0 {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "!") { result.exclamations += 1 }
                if byte == UInt8(ascii: "?") { result.questions += 1 }
                offset += 1
            }
            var token = stripPunctuationIfWord(bytes, start: start, end: offset)
            classify(&token, bytes: bytes, table: table)
            tokens.append(token)
        }
        return result
    }

    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let byte = bytes[offset]
        if byte < 0x80 { return PythonText.isASCIIWhitespace(byte) ? 1 : 0 }
        return PythonText.nonASCIIWhitespaceLength(bytes, at: offset)
    }

    /// `_strip_punc_if_word`: strip ASCII punctuation from both ends, unless what remains is
    /// two code points or fewer (then the token is probably an emoticon like ":)" and is kept
    /// whole — so is "ok," or "no!", a quirk of the reference).
    static func stripPunctuationIfWord(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> Token {
        var first = start
        var last = end
        while first < last, PythonText.isPunctuation(bytes[first]) { first += 1 }
        while last > first, PythonText.isPunctuation(bytes[last - 1]) { last -= 1 }
        let stripped = UnsafeBufferPointer(rebasing: bytes[first..<last])
        if PythonText.codePointCount(stripped) <= 2 { return Token(start: start, end: end) }
        return Token(start: first, end: last)
    }

    /// Resolves the token's lowercase form in `table` and computes `isupper()` and the
    /// "n't" test. ASCII tokens (nearly all) are folded byte by byte while hashing; others go
    /// through Python's full `str.lower()`.
    @inline(__always)
    static func classify(_ token: inout Token, bytes: UnsafeBufferPointer<UInt8>, table: WordTable) {
        let word = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        var hash = WordTable.fnvOffset
        var hasUpper = false
        var hasLower = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in word {
            if byte >= 0x80 {
                classifyNonASCII(&token, word: word, table: table)
                return
            }
            let lower = PythonText.asciiLowercase(byte)
            hasUpper = hasUpper || lower != byte
            hasLower = hasLower || (byte &- 0x61 < 26)
            hash = (hash ^ UInt32(lower)) &* WordTable.fnvPrime
            if lower == UInt8(ascii: "t"), previous == UInt8(ascii: "'"),
                beforePrevious == UInt8(ascii: "n")
            {
                token.isNegation = true
            }
            beforePrevious = previous
            previous = lower
        }
        token.isUpper = hasUpper && !hasLower
        token.resolve(entry: table.lookup(asciiFolding: word, hash: hash), in: table)
    }

    private static func classifyNonASCII(
        _ token: inout Token, word: UnsafeBufferPointer<UInt8>, table: WordTable
    ) {
        let text = String(decoding: word, as: UTF8.self)
        token.isUpper = PythonText.isUpper(Substring(text).unicodeScalars)
        let lowered = Array(PythonText.lowercased(text).utf8)
        token.isNegation = containsNT(lowered)
        token.resolve(entry: table.lookup(lowered), in: table)
    }

    /// The reference's `"n't" in word`.
    static func containsNT(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 2..<bytes.count
        where bytes[index] == UInt8(ascii: "t") && bytes[index - 1] == UInt8(ascii: "'")
            && bytes[index - 2] == UInt8(ascii: "n")
        {
            return true
        }
        return false
    }
}

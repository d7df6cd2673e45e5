/// The reference's `SentiText._words_and_emoticons` on UTF-8 bytes: split on whitespace as
/// `str.split()` does, then `_strip_punc_if_word` each piece.
///
/// It also counts the text's `!` and `?` (for `_punctuation_emphasis`) in the same pass.
enum VaderTokenizer {
    struct Result: Sendable {
        var exclamations = 0
        var questions = 0
    }

    /// The most tokens `byteCount` bytes can hold: one byte each, separated by one space.
    static func maximumTokenCount(byteCount: Int) -> Int { (byteCount + 1) / 2 }

    /// Writes the tokens of `bytes`, each resolved against `table`, to `tokens` (which must
    /// hold ``maximumTokenCount(byteCount:)``) and returns how many there are.
    ///
    /// Not inlined: one copy of the loop serves the original and the emoji-substituted text.
    @inline(never)
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, table: WordTable,
        into tokens: UnsafeMutableBufferPointer<Token>
    ) -> (count: Int, punctuation: Result) {
        var count = 0
        let punctuation = tokenize(bytes, table: table) { token in
            tokens[count] = token
            count += 1
        }
        return (count, punctuation)
    }

    /// Calls `emit` with each token of `bytes`, resolved against `table`.
    ///
    /// Longer than most functions: it is the scorer's innermost loop, kept in one piece so
    /// the compiler keeps its state in registers. One scan finds a token's end and notes
    /// what it holds (letters of either case, an apostrophe, non-ASCII bytes) from a
    /// byte-class table; only whitespace, "!", "?" and the lead bytes of non-ASCII
    /// whitespace leave the tight loop.
    @inline(__always)
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, table: WordTable, emit: (Token) -> Void
    ) -> Result {
        var result = Result()
        var offset = 0
        let count = bytes.count
        let classes = ByteClass.table
        while offset < count {
            let skipped = whitespaceLength(bytes, at: offset)
            if skipped > 0 {
                offset += skipped
                continue
            }
            let start = offset
            var seen: UInt16 = 0
            while offset < count {
                let byteClass = classes[Int(bytes[offset])]
                if byteClass & ByteClass.stop != 0 {
                    if byteClass & ByteClass.whitespace != 0 { break }
                    if byteClass & ByteClass.mayStartWhitespace != 0,
                        PythonText.nonASCIIWhitespaceLength(bytes, at: offset) > 0
                    {
                        break
                    }
                    if byteClass & ByteClass.exclamation != 0 { result.exclamations += 1 }
                    if byteClass & ByteClass.question != 0 { result.questions += 1 }
                }
                seen |= byteClass
                offset += 1
            }
            var token = stripPunctuationIfWord(
                bytes, start: start, end: offset, isASCII: seen & ByteClass.nonASCII == 0,
                classes: classes)
            if seen & ByteClass.nonASCII != 0 {
                classifyNonASCII(
                    &token, word: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]),
                    table: table)
            } else {
                classifyASCII(&token, bytes: bytes, seen: seen, table: table)
            }
            emit(token)
        }
        return result
    }

    /// The length of the whitespace character at `offset`, or 0.
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let byte = bytes[offset]
        if byte < 0x80 { return PythonText.isASCIIWhitespace(byte) ? 1 : 0 }
        return PythonText.nonASCIIWhitespaceLength(bytes, at: offset)
    }

    /// `_strip_punc_if_word`: strip ASCII punctuation from both ends, unless what remains is
    /// two code points or fewer (then the token is probably an emoticon like ":)" and is kept
    /// whole — so is "ok," or "no!", a quirk of the reference).
    @inline(__always)
    static func stripPunctuationIfWord(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, isASCII: Bool = false,
        classes: UnsafePointer<UInt16> = ByteClass.table
    ) -> Token {
        var first = start
        var last = end
        while first < last, classes[Int(bytes[first])] & ByteClass.punctuation != 0 { first += 1 }
        while last > first, classes[Int(bytes[last - 1])] & ByteClass.punctuation != 0 { last -= 1 }
        let length =
            isASCII
            ? last - first
            : PythonText.codePointCount(UnsafeBufferPointer(rebasing: bytes[first..<last]))
        if length <= 2 { return Token(start: start, end: end) }
        return Token(start: first, end: last)
    }

    /// Resolves an ASCII token's lowercase form in `table` and sets `isupper()` and the
    /// "n't" test; `seen` holds the byte classes of the unstripped token.
    @inline(__always)
    static func classifyASCII(
        _ token: inout Token, bytes: UnsafeBufferPointer<UInt8>, seen: UInt16, table: WordTable
    ) {
        let word = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        // Lower and hash eight bytes at a time; most words take one step.
        var hasher = WordHasher()
        let firstCount = min(word.count, SWAR.width)
        let prefix = SWAR.asciiLowercase(SWAR.load(bytes, from: token.start, count: firstCount))
        hasher.add(chunk: prefix, count: firstCount)
        var offset = token.start + firstCount
        while offset < token.end {
            let chunkCount = min(token.end - offset, SWAR.width)
            let chunk = SWAR.asciiLowercase(SWAR.load(bytes, from: offset, count: chunkCount))
            hasher.add(chunk: chunk, count: chunkCount)
            offset += chunkCount
        }
        // Stripped punctuation holds no letters, so the whole token's letters decide.
        token.isUpper = seen & ByteClass.upper != 0 && seen & ByteClass.lower == 0
        if seen & ByteClass.apostrophe != 0 { token.isNegation = containsNT(word) }
        let entry = table.lookup(prefix: prefix, word: word, hash: hasher.finish())
        token.resolve(entry: entry, in: table)
    }

    /// The same for a token with non-ASCII characters: Python's full `str.lower()` and
    /// Unicode `isupper()`, computed scalar by scalar into a stack buffer (no `String`).
    static func classifyNonASCII(
        _ token: inout Token, word: UnsafeBufferPointer<UInt8>, table: WordTable
    ) {
        guard !containsCapitalSigma(word) else {
            classifyWithContext(&token, word: word, table: table)
            return
        }
        // A full lowercase mapping at most triples a character's UTF-8 length.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count * 3 + 4) { buffer in
            var length = 0
            var hasher = WordHasher()
            var cased = false
            var uncasedOrUpper = true
            func write(_ byte: UInt8) {
                buffer[length] = byte
                length += 1
                hasher.add(byte)
            }
            var offset = 0
            while offset < word.count {
                let (value, size) = EmojiSubstitution.decode(word, at: offset)
                offset += size
                guard value >= 0x80, let scalar = Unicode.Scalar(value) else {
                    let byte = UInt8(truncatingIfNeeded: value)
                    cased = cased || byte &- 0x41 < 26
                    uncasedOrUpper = uncasedOrUpper && !(byte &- 0x61 < 26)
                    write(PythonText.asciiLowercase(byte))
                    continue
                }
                let properties = scalar.properties
                if properties.isLowercase || properties.generalCategory == .titlecaseLetter {
                    uncasedOrUpper = false
                } else if properties.isUppercase {
                    cased = true
                }
                if properties.changesWhenLowercased {
                    for byte in properties.lowercaseMapping.utf8 { write(byte) }
                } else {
                    UTF8.encode(scalar) { write($0) }
                }
            }
            let lowered = UnsafeBufferPointer(rebasing: buffer[..<length])
            token.isUpper = cased && uncasedOrUpper
            token.isNegation = containsNT(lowered)
            let prefix = SWAR.pack(lowered.prefix(SWAR.width))
            token.resolve(
                entry: table.lookup(prefix: prefix, word: lowered, hash: hasher.finish()),
                in: table)
        }
    }

    /// "Σ" (U+03A3) lowers to "ς" or "σ" depending on its neighbours.
    private static func containsCapitalSigma(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2 else { return false }
        for index in 1..<word.count where word[index] == 0xA3 && word[index - 1] == 0xCE {
            return true
        }
        return false
    }

    /// The general path, through `String`, for words whose lowercase depends on context.
    static func classifyWithContext(
        _ token: inout Token, word: UnsafeBufferPointer<UInt8>, table: WordTable
    ) {
        let text = String(decoding: word, as: UTF8.self)
        token.isUpper = PythonText.isUpper(Substring(text).unicodeScalars)
        let lowered = Array(PythonText.lowercased(text).utf8)
        token.isNegation = lowered.withUnsafeBufferPointer(containsNT)
        token.resolve(entry: table.lookup(lowered), in: table)
    }

    /// The reference's `"n't" in word.lower()`.
    static func containsNT(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 2..<bytes.count
        where PythonText.asciiLowercase(bytes[index]) == UInt8(ascii: "t")
            && bytes[index - 1] == UInt8(ascii: "'")
            && PythonText.asciiLowercase(bytes[index - 2]) == UInt8(ascii: "n")
        {
            return true
        }
        return false
    }
}

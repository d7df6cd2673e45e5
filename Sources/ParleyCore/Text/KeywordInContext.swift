/// Keyword in context (concordance lines): where a word, phrase or pattern occurs, with
/// the text on either side.
public enum KeywordInContext {
    /// One occurrence: the utterance and the match's bytes in its text.
    public struct Hit: Sendable, Equatable {
        public var utterance: Int
        public var range: Range<Int>
    }

    /// A hit made readable: `width` characters either side, whitespace runs shown as one
    /// space so the lines stay lines.
    public struct Line: Sendable, Equatable {
        public var left: String
        public var match: String
        public var right: String
    }

    /// Every occurrence in the utterances `include` accepts, in corpus order, at most
    /// `limit`. `find` gives the first match at or after a byte offset.
    public static func hits(
        in corpus: Corpus, limit: Int?, where include: (Int) -> Bool,
        find: (UnsafeBufferPointer<UInt8>, Int) -> Range<Int>?
    ) -> [Hit] {
        var hits: [Hit] = []
        for index in corpus.utteranceIndices where include(index) {
            if let limit, hits.count >= limit { break }
            corpus.withTextBytes(of: index) { bytes in
                var start = 0
                while start <= bytes.count, let range = find(bytes, start) {
                    if let limit, hits.count >= limit { return }
                    hits.append(Hit(utterance: index, range: range))
                    // An empty match (a pattern such as `x*`) must still move on.
                    start = max(range.upperBound, range.lowerBound + 1)
                }
            }
        }
        return hits
    }

    /// The line for `hit`, with `width` characters (Unicode scalars) of context on each
    /// side, whitespace runs counted and shown as one space. Works on the bytes: a common
    /// word has hundreds of thousands of lines.
    public static func line(for hit: Hit, in corpus: Corpus, width: Int) -> Line {
        corpus.withTextBytes(of: hit.utterance) { bytes in
            let leftStart = start(before: hit.range.lowerBound, in: bytes, width: width)
            let rightEnd = end(after: hit.range.upperBound, in: bytes, width: width)
            return Line(
                left: flattened(bytes, leftStart..<hit.range.lowerBound),
                match: flattened(bytes, hit.range),
                right: flattened(bytes, hit.range.upperBound..<rightEnd))
        }
    }

    /// Where `width` characters before `end` begin.
    static func start(before end: Int, in bytes: UnsafeBufferPointer<UInt8>, width: Int) -> Int {
        var position = end
        var characters = 0
        var inSpace = false
        while position > 0 {
            let byte = bytes[position - 1]
            let space = WordBytes.isSpace(byte)
            if (space && !inSpace) || (!space && !isContinuation(byte)) {
                characters += 1
                if characters > width { break }
            }
            inSpace = space
            position -= 1
        }
        // Stopped before a lead byte: drop the continuation bytes taken after it.
        while position < end, isContinuation(bytes[position]) { position += 1 }
        return position
    }

    /// Where `width` characters after `start` end.
    static func end(after start: Int, in bytes: UnsafeBufferPointer<UInt8>, width: Int) -> Int {
        var position = start
        var characters = 0
        var inSpace = false
        while position < bytes.count {
            let byte = bytes[position]
            let space = WordBytes.isSpace(byte)
            if (space && !inSpace) || (!space && !isContinuation(byte)) {
                characters += 1
                if characters > width { break }
            }
            inSpace = space
            position += 1
        }
        return position
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The bytes as text with each run of ASCII whitespace as one space (a regular
    /// expression's match may cut a character; such pieces become U+FFFD).
    static func flattened(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var lastWasSpace = false
        for index in range {
            let byte = bytes[index]
            if WordBytes.isSpace(byte) {
                if !lastWasSpace { result.append(WordBytes.space) }
                lastWasSpace = true
            } else {
                result.append(byte)
                lastWasSpace = false
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

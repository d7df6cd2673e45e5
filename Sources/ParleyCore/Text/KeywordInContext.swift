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

    /// Bytes of context read on each side per character wanted: UTF-8 needs at most four.
    static let bytesPerCharacter = 4

    /// The line for `hit`, with `width` characters of context on each side.
    public static func line(for hit: Hit, in corpus: Corpus, width: Int) -> Line {
        corpus.withTextBytes(of: hit.utterance) { bytes in
            let reach = width * bytesPerCharacter
            var leftStart = max(0, hit.range.lowerBound - reach)
            var rightEnd = min(bytes.count, hit.range.upperBound + reach)
            // Never start or end inside a character.
            while leftStart < hit.range.lowerBound, isContinuation(bytes[leftStart]) {
                leftStart += 1
            }
            while rightEnd > hit.range.upperBound, rightEnd < bytes.count,
                isContinuation(bytes[rightEnd])
            {
                rightEnd -= 1
            }
            let left = flattened(decode(bytes, leftStart..<hit.range.lowerBound))
            let right = flattened(decode(bytes, hit.range.upperBound..<rightEnd))
            return Line(
                left: String(left.suffix(width)),
                match: flattened(decode(bytes, hit.range)),
                right: String(right.prefix(width)))
        }
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Decodes a byte range (a regular expression's match may cut a character; such
    /// pieces become U+FFFD).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Every run of whitespace as one space.
    static func flattened(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }
}

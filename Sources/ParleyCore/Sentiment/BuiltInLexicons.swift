/// The lexicons of vaderSentiment 3.3.2, compiled into the binary (see `Generated/`) and
/// parsed on first use.
enum BuiltInLexicons {
    /// `make_lex_dict`: word → valence. Keys are as the file spells them (a handful hold
    /// capitals, like ":D", and so never match a lowercased token, as in the reference).
    /// A word listed twice keeps its last value, like the reference's dict.
    static let valences: [String: Double] = {
        var result: [String: Double] = [:]
        result.reserveCapacity(7_600)
        for (key, value) in tabSeparatedPairs(VaderLexiconData.text) {
            if let valence = Double(value) { result[key] = valence }
        }
        return result
    }()

    /// `make_emoji_dict`, restricted to keys of one code point: the reference replaces
    /// emoji while iterating a `str` one code point at a time, so a key of several code
    /// points (flags, skin tones, ZWJ sequences) can never match.
    static let emojiDescriptions: [UInt32: [UInt8]] = {
        var result: [UInt32: [UInt8]] = [:]
        for (key, description) in tabSeparatedPairs(EmojiLexiconData.text) {
            let scalars = key.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first else { continue }
            result[scalar.value] = Array(description.utf8)
        }
        return result
    }()

    /// The first two tab-separated fields of each non-empty line.
    private static func tabSeparatedPairs(_ text: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            pairs.append((String(fields[0]), String(fields[1])))
        }
        return pairs
    }
}

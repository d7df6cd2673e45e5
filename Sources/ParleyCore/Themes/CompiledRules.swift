/// A codebook's rules prepared for matching, shared by every thread that tags.
///
/// Keywords made only of word characters (most of them) are looked up word by word: the
/// text is split into words once, each word hashed, and a table from a phrase's first
/// word's hash to the phrases starting with it finds candidates. This costs one pass per
/// utterance whatever the number of themes, where running one ``PhraseMatcher`` per
/// keyword costs one pass per keyword. Keywords holding other characters (`e-mail`,
/// `can't`) fall back to ``PhraseMatcher``, which has the same boundary rules.
struct CompiledRules: Sendable {
    /// One rule: a keyword, exclusion or pattern of a theme.
    struct Rule: Sendable {
        var theme: Int
        var kind: RuleEvidence.Kind
        var text: String
    }

    /// A keyword or exclusion looked up by words.
    struct WordPhrase: Sendable {
        var rule: Int
        /// Each word's lower-cased bytes.
        var words: [[UInt8]]
        var hashes: [UInt64]
    }

    private(set) var rules: [Rule] = []
    /// Phrases grouped by their first word's hash; `firstWords` finds the group.
    private(set) var phraseGroups: [[WordPhrase]] = []
    private(set) var firstWords = FirstWordTable(capacityFor: 0)
    /// Keywords and exclusions with characters that are not word characters.
    private(set) var scannedPhrases: [(rule: Int, matcher: PhraseMatcher)] = []
    /// Patterns, compiled by each matcher (``POSIXRegex`` is for one thread).
    private(set) var patterns: [(rule: Int, pattern: String)] = []
    let themeCount: Int

    init(_ codebook: Codebook) {
        themeCount = codebook.themes.count
        for (theme, entry) in codebook.themes.enumerated() {
            for keyword in entry.keywords { addPhrase(keyword, theme: theme, kind: .keyword) }
            for word in entry.exclude { addPhrase(word, theme: theme, kind: .exclude) }
            for pattern in entry.patterns {
                rules.append(Rule(theme: theme, kind: .pattern, text: pattern))
                patterns.append((rules.count - 1, pattern))
            }
        }
        firstWords = FirstWordTable(capacityFor: phraseGroups.count)
        for (group, phrases) in phraseGroups.enumerated() {
            firstWords.set(group, for: phrases[0].hashes[0])
        }
    }

    private mutating func addPhrase(_ phrase: String, theme: Int, kind: RuleEvidence.Kind) {
        guard let matcher = PhraseMatcher(phrase) else { return }
        rules.append(Rule(theme: theme, kind: kind, text: phrase))
        let rule = rules.count - 1
        let words = phrase.split(whereSeparator: { $0.isWhitespace }).map {
            Array($0.utf8).map(WordBytes.lowercase)
        }
        guard words.allSatisfy({ $0.allSatisfy(WordBytes.isWord) }) else {
            scannedPhrases.append((rule, matcher))
            return
        }
        let hashes = words.map { word in word.withUnsafeBufferPointer { Self.hash($0) } }
        let phrase = WordPhrase(rule: rule, words: words, hashes: hashes)
        if let group = phraseGroups.firstIndex(where: { $0[0].hashes[0] == hashes[0] }) {
            phraseGroups[group].append(phrase)
        } else {
            phraseGroups.append([phrase])
        }
    }

    /// FNV-1a (64 bit) of the bytes, lower-cased: words of a text are hashed in place.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hashSeed
        for byte in bytes { hash = hashStep(hash, byte) }
        return hash
    }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(WordBytes.lowercase(byte))) &* 0x0000_0100_0000_01b3
    }
}

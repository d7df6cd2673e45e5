/// A ``SentimentLexicon`` turned into what the scorer probes: one table entry per word the
/// rules care about (lexicon words, boosters, negations, function and phrase words), and the
/// reference's phrases as sequences of table entries.
final class CompiledLexicon: Sendable {
    let table: WordTable
    /// `SPECIAL_CASES` phrases of two or three words.
    let specialCases: [CompiledPhrase]
    /// The `BOOSTER_DICT` keys of two words ("kind of", "sort of", "just enough"), which
    /// only `_special_idioms_check` can match.
    let dampenerPhrases: [CompiledPhrase]
    /// The one-code-point emoji and their descriptions (held here so the scorer reads them
    /// without touching a lazily initialised global on every text).
    let emojiDescriptions: [UInt32: [UInt8]]

    /// The built-in lexicon, compiled once.
    static let builtIn = CompiledLexicon(.vader)

    init(_ lexicon: SentimentLexicon) {
        var builder = Builder()
        for (word, valence) in BuiltInLexicons.valences {
            builder.update(word) { $0.valence = valence }
        }
        for (word, valence) in lexicon.overrideEntries {
            builder.update(word) { $0.valence = valence ?? .nan }
        }
        for word in VaderWordLists.boosters {
            builder.update(word) { $0.booster = VaderConstants.boosterIncrement }
        }
        for word in VaderWordLists.dampeners where !word.contains(" ") {
            builder.update(word) { $0.booster = VaderConstants.boosterDecrement }
        }
        for word in VaderWordLists.negations {
            builder.update(word) { $0.isNegation = true }
        }
        for function in FunctionWord.allCases where function != .none {
            builder.update(function.spelling) { $0.function = function }
        }
        let specialCases = VaderWordLists.specialCases.compactMap { phrase, valence in
            builder.phrase(phrase, valence: valence)
        }
        let dampenerPhrases = VaderWordLists.dampeners.compactMap { phrase in
            builder.phrase(phrase, valence: VaderConstants.boosterDecrement)
        }
        table = WordTable(entries: builder.entries)
        self.specialCases = specialCases
        self.dampenerPhrases = dampenerPhrases
        emojiDescriptions = BuiltInLexicons.emojiDescriptions
    }

    private struct Builder {
        var entries: [(word: [UInt8], info: WordInfo)] = []
        var indexOfWord: [String: Int] = [:]

        mutating func update(_ word: String, _ change: (inout WordInfo) -> Void) {
            let index: Int
            if let existing = indexOfWord[word] {
                index = existing
            } else {
                index = entries.count
                indexOfWord[word] = index
                entries.append((Array(word.utf8), WordInfo()))
            }
            change(&entries[index].info)
        }

        /// A phrase of two or more space-separated words, its words marked as phrase words;
        /// nil for a one-word key, which no sequence of tokens can equal.
        mutating func phrase(_ text: String, valence: Double) -> CompiledPhrase? {
            let words = text.split(separator: " ").map(String.init)
            guard words.count >= 2 else { return nil }
            var entryIndices: [Int32] = []
            for word in words {
                update(word) { $0.isPhraseWord = true }
                entryIndices.append(Int32(indexOfWord[word] ?? -1))
            }
            return CompiledPhrase(text: text, entries: entryIndices, valence: valence)
        }
    }
}

/// A phrase of the reference's dictionaries as table entries.
struct CompiledPhrase: Sendable {
    let text: String
    let entries: [Int32]
    let valence: Double
}

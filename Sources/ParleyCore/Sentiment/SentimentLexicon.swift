/// The words VADER knows and their valences: the built-in lexicon of vaderSentiment 3.3.2,
/// with an analyst's additions, changes and removals layered over it.
///
/// Words are matched after lowercasing (as the reference looks up `item.lower()`), so
/// ``setting(_:to:)`` and ``valence(of:)`` lowercase their word. A word containing
/// whitespace can never equal a token. A value: changing a copy leaves the original alone.
public struct SentimentLexicon: Sendable, Equatable {
    /// Lowercase word → its new valence, or nil where the word was removed.
    private var overrides: [String: Double?] = [:]
    /// The overridden words in the order they were first changed.
    private var changeOrder: [String] = []

    /// The built-in lexicon, unchanged.
    public static let vader = SentimentLexicon()

    public init() {}

    /// The valence the scorer uses for `word` (any case), or nil when it has none.
    public func valence(of word: String) -> Double? {
        let key = PythonText.lowercased(word)
        if let override = overrides[key] { return override }
        return BuiltInLexicons.valences[key]
    }

    /// The built-in valence of `word` (any case), ignoring changes.
    public func builtInValence(of word: String) -> Double? {
        BuiltInLexicons.valences[PythonText.lowercased(word)]
    }

    /// Whether no word differs from the built-in lexicon.
    public var isBuiltIn: Bool { overrides.isEmpty }

    /// Gives `word` the valence `valence` (adding it when the built-in lexicon lacks it).
    public mutating func set(_ word: String, valence: Double) {
        record(PythonText.lowercased(word), valence)
    }

    /// Takes `word` out of the lexicon, so it scores as a neutral word.
    public mutating func remove(_ word: String) {
        record(PythonText.lowercased(word), nil)
    }

    /// Forgets any change to `word`, restoring its built-in valence.
    public mutating func reset(_ word: String) {
        let key = PythonText.lowercased(word)
        overrides[key] = nil
        changeOrder.removeAll { $0 == key }
    }

    public func setting(_ word: String, to valence: Double) -> SentimentLexicon {
        var copy = self
        copy.set(word, valence: valence)
        return copy
    }

    public func removing(_ word: String) -> SentimentLexicon {
        var copy = self
        copy.remove(word)
        return copy
    }

    /// Every word that differs from the built-in lexicon, in the order first changed.
    public var changes: [LexiconChange] {
        changeOrder.compactMap { word in
            guard let current = overrides[word] else { return nil }
            return LexiconChange(
                word: word, builtIn: BuiltInLexicons.valences[word], current: current)
        }
    }

    private mutating func record(_ key: String, _ value: Double?) {
        if overrides.index(forKey: key) == nil { changeOrder.append(key) }
        overrides[key] = .some(value)
    }

    /// Overridden words and their valences, for compiling the scorer's table.
    var overrideEntries: [(word: String, valence: Double?)] {
        changeOrder.compactMap { word in overrides[word].map { (word, $0) } }
    }
}

/// One difference between a ``SentimentLexicon`` and the built-in lexicon.
public struct LexiconChange: Sendable, Equatable {
    /// The lowercase word.
    public let word: String
    /// Its built-in valence; nil for a word the analyst added.
    public let builtIn: Double?
    /// Its valence now; nil for a word the analyst removed.
    public let current: Double?
}

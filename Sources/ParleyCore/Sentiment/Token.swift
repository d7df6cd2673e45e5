/// One item of the reference's `words_and_emoticons`, with everything the rules ask of it
/// resolved by one table probe.
struct Token: Sendable {
    /// The token's bytes in the (emoji-substituted) text: `start..<end`.
    var start: Int
    var end: Int
    /// The table entry of the lowercased token, or -1.
    var entry: Int32 = -1
    /// The lexicon valence; NaN when `token.lower()` is not in the lexicon.
    var valence: Double = .nan
    /// The `BOOSTER_DICT` value of the lowercased token; 0 when it is not a booster.
    var booster: Double = 0
    var function: FunctionWord = .none
    /// `token.isupper()`.
    var isUpper = false
    /// The reference's `negated([token.lower()])`: in `NEGATE`, or containing "n't".
    var isNegation = false
    var isPhraseWord = false

    var isInLexicon: Bool { !valence.isNaN }

    init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    @inline(__always)
    mutating func resolve(entry index: Int, in table: WordTable) {
        guard index >= 0 else { return }
        let info = table.info(at: index)
        entry = Int32(index)
        valence = info.valence
        booster = info.booster
        function = info.function
        isNegation = isNegation || info.isNegation
        isPhraseWord = info.isPhraseWord
    }
}

/// Words the VADER rules compare tokens with, by their lowercase spelling.
///
/// The reference compares strings (`words[i - 1].lower() == "least"`); resolving each token
/// to one of these once, in the same dictionary probe as its valence, keeps the rules free of
/// string comparisons.
enum FunctionWord: UInt8, Sendable, CaseIterable {
    case none
    case no, or, nor
    case kind, of
    case but
    case least, at, very
    case never, so, this
    case without, doubt

    /// The lowercase spelling the reference compares with; empty for `.none`.
    var spelling: String {
        switch self {
        case .none: ""
        case .no: "no"
        case .or: "or"
        case .nor: "nor"
        case .kind: "kind"
        case .of: "of"
        case .but: "but"
        case .least: "least"
        case .at: "at"
        case .very: "very"
        case .never: "never"
        case .so: "so"
        case .this: "this"
        case .without: "without"
        case .doubt: "doubt"
        }
    }
}

/// What one lowercase word means to the scorer: everything the rules ask about it.
struct WordInfo: Sendable, Equatable {
    /// The lexicon valence; NaN when the word is not in the lexicon.
    var valence: Double = .nan
    /// The `BOOSTER_DICT` value; 0 when the word is not a booster or dampener.
    var booster: Double = 0
    /// Whether the word is in `NEGATE` (the "n't" test is made per token).
    var isNegation = false
    var function: FunctionWord = .none
    /// Whether the word occurs in a special-case phrase or a two-word dampener.
    var isPhraseWord = false

    var isInLexicon: Bool { !valence.isNaN }
}

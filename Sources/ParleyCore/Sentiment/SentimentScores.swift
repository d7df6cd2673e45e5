/// VADER's four scores for one text, rounded as vaderSentiment 3.3.2 rounds them: `neg`,
/// `neu` and `pos` to 3 decimals, `compound` to 4 (Python's `round`, exactly).
public struct SentimentScores: Sendable, Equatable, Hashable {
    /// The share of the text's weight that is negative, 0…1.
    public var negative: Double
    /// The share that is neutral, 0…1.
    public var neutral: Double
    /// The share that is positive, 0…1.
    public var positive: Double
    /// The normalised sum of valences, −1…1.
    public var compound: Double

    public init(negative: Double, neutral: Double, positive: Double, compound: Double) {
        self.negative = negative
        self.neutral = neutral
        self.positive = positive
        self.compound = compound
    }

    /// The scores of a text without tokens: all four 0, as in the reference.
    public static let zero = SentimentScores(negative: 0, neutral: 0, positive: 0, compound: 0)

    /// The label VADER's authors use: positive at compound ≥ 0.05, negative at ≤ −0.05.
    public var label: SentimentLabel {
        if compound >= VaderConstants.positiveThreshold { return .positive }
        if compound <= VaderConstants.negativeThreshold { return .negative }
        return .neutral
    }
}

/// The three classes of the conventional compound thresholds.
public enum SentimentLabel: String, Sendable, CaseIterable {
    case negative, neutral, positive
}

/// The unrounded quantities of `score_valence` from which the scores follow.
public struct SentimentSums: Sendable, Equatable {
    /// The number of "!" in the text (emphasis counts at most 4).
    public var exclamationCount: Int
    /// The number of "?" in the text (emphasis needs 2; counts at most 3, then flat).
    public var questionCount: Int
    /// `sum(sentiments)`.
    public var valenceSum: Double
    /// `_punctuation_emphasis(text)`.
    public var punctuationAmplifier: Double
    /// The sum moved away from 0 by the amplifier; compound is its normalisation.
    public var emphasizedSum: Double
    /// The compound score before rounding.
    public var compound: Double
    /// `pos_sum`, `neg_sum` (≤ 0) and `neu_count` after the amplifier is added to the
    /// larger side.
    public var positiveSum: Double
    public var negativeSum: Double
    public var neutralCount: Int
    /// Whether the text had no tokens (then every score is 0).
    public var isEmpty: Bool

    /// The four scores these sums give, rounded as the reference rounds them.
    public var scores: SentimentScores {
        guard !isEmpty else { return .zero }
        let total = positiveSum + negativeSum.magnitude + Double(neutralCount)
        let proportions = VaderConstants.proportionDecimals
        return SentimentScores(
            negative: PythonRound.round((negativeSum / total).magnitude, decimals: proportions),
            neutral: PythonRound.round(
                (Double(neutralCount) / total).magnitude, decimals: proportions),
            positive: PythonRound.round((positiveSum / total).magnitude, decimals: proportions),
            compound: PythonRound.round(compound, decimals: VaderConstants.compoundDecimals))
    }
}

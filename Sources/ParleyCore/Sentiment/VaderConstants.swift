/// Every number of the VADER algorithm, named, with where it comes from.
///
/// Source: vaderSentiment 3.3.2 (`vaderSentiment/vaderSentiment.py`, C.J. Hutto, MIT), the
/// reference implementation of Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM 2014. Names in capitals are the
/// reference's own; the others name literals the reference leaves bare (STYLE.md, 10).
public enum VaderConstants {
    /// `B_INCR`: empirically derived mean intensity increase of a booster word ("very").
    public static let boosterIncrement = 0.293
    /// `B_DECR`: the same decrease for a dampener ("kind of", "barely").
    public static let boosterDecrement = -0.293
    /// `C_INCR`: intensity added by an ALL-CAPS word in a text that is not all caps.
    public static let capsIncrement = 0.733
    /// `N_SCALAR`: the factor a negation applies to a valence.
    public static let negationScalar = -0.74

    /// `normalize(score, alpha=15)`: the alpha of `x / sqrt(x² + alpha)`, which
    /// "approximates the max expected value" of a sum of valences.
    public static let normalizationAlpha = 15.0

    /// `_amplify_ep`: intensity added per exclamation mark.
    public static let exclamationIncrement = 0.292
    /// `_amplify_ep`: exclamation marks beyond this count add nothing.
    public static let maximumExclamations = 4
    /// `_amplify_qm`: intensity added per question mark when there are two or three.
    public static let questionIncrement = 0.18
    /// `_amplify_qm`: this many question marks (one) add nothing.
    public static let uncountedQuestions = 1
    /// `_amplify_qm`: up to this many question marks count one by one.
    public static let maximumCountedQuestions = 3
    /// `_amplify_qm`: the flat amplifier for four or more question marks.
    public static let manyQuestionsAmplifier = 0.96

    /// `sentiment_valence`: a booster two words before the sentiment word counts 95 %.
    public static let boosterDampingAtDistanceTwo = 0.95
    /// `sentiment_valence`: a booster three words before the sentiment word counts 90 %.
    public static let boosterDampingAtDistanceThree = 0.9
    /// How many preceding words `sentiment_valence` inspects (`for start_i in range(0, 3)`).
    public static let precedingWindow = 3

    /// `_negation_check`: "never so good" / "never this good" intensifies by 25 %.
    public static let neverSoFactor = 1.25

    /// `_but_check`: words before "but" keep half their valence.
    public static let beforeButFactor = 0.5
    /// `_but_check`: words after "but" gain half again.
    public static let afterButFactor = 1.5

    /// `_sift_sentiment_scores`: each sentiment word counts one more than its valence,
    /// "compensating for neutral words that are counted as 1".
    public static let neutralWordWeight = 1.0

    /// `polarity_scores`: neg, neu and pos are rounded to this many decimals.
    public static let proportionDecimals = 3
    /// `polarity_scores`: compound is rounded to this many decimals.
    public static let compoundDecimals = 4

    /// The conventional thresholds on compound for a positive / negative label (the
    /// vaderSentiment README; Hutto & Gilbert 2014 use ±0.05 for the 3-class evaluation).
    public static let positiveThreshold = 0.05
    public static let negativeThreshold = -0.05
}

/// A rule of VADER that changed a token's valence, as an explanation reports it.
public enum SentimentRule: Sendable, Equatable {
    /// The token is itself a booster or dampener ("very", "barely"): it scores 0.
    case boosterWord
    /// "kind" followed by "of" is not the lexicon's "kind" (2.4): it scores 0.
    case kindOf
    /// "no" followed by a lexicon word is a negator, not the lexicon's "no": it scores 0.
    case noBeforeLexiconWord
    /// "no" one or two words before (or three, with "or"/"nor" just before): the lexicon
    /// valence times `N_SCALAR`.
    case negatedByNo
    /// The token is ALL CAPS in a text that is not: ±`C_INCR`.
    case allCaps
    /// A booster or dampener `distance` words before (1–3), damped with distance.
    case booster(distance: Int)
    /// A negation `distance` words before (1–3): times `N_SCALAR`.
    case negation(distance: Int)
    /// "never so" / "never this" (and the reference's looser test at distance 3): × 1.25.
    case neverSo(distance: Int)
    /// A special-case phrase ("the shit", "kiss of death") replaced the valence.
    case specialCase(phrase: String)
    /// A two-word dampener ("kind of", "sort of") before the token: + `B_DECR`.
    case dampenerPhrase(phrase: String)
    /// "least" just before (not "at least", "very least"): times `N_SCALAR`.
    case least
    /// The contrastive "but": × 0.5 before it, × 1.5 after it.
    case butShift(factor: Double)
}

/// Receives every change the rules make, for explanations. The scorer's own tracer does
/// nothing and is compiled away.
protocol ValenceTracer {
    mutating func record(_ rule: SentimentRule, token: Int, from: Double, to: Double)
}

struct SilentTracer: ValenceTracer {
    @inline(__always)
    mutating func record(_ rule: SentimentRule, token: Int, from: Double, to: Double) {}
}

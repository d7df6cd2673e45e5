/// One decision about one theme on one utterance, as the ledger keeps it: who decided,
/// whether the theme applies, how the decision was made and when.
///
/// Plain values only (strings, a Bool-like enum, seconds), so a store can keep the list
/// and replay it with ``TagLedger/record(_:)`` in the same order.
public struct TagDecision: Sendable, Equatable {
    public enum Verdict: String, Sendable, CaseIterable {
        /// The theme applies.
        case applied
        /// Explicitly not this theme (`untag`, or a rule that no longer matches).
        case rejected
    }

    public enum Source: String, Sendable, CaseIterable {
        /// A coder's `tag` or `untag`.
        case manual
        /// `tag auto`, from the codebook's rules.
        case rule
    }

    /// The utterance's id (not its index: ids survive reloading).
    public var utteranceID: String
    public var theme: String
    public var coder: String
    public var verdict: Verdict
    public var source: Source
    /// For rules, which rules and words matched (``ThemeEvaluation/summary``); for manual
    /// decisions, how they were made (`tag`, `untag`, `tag where …`).
    public var evidence: String
    /// Seconds since 1970-01-01T00:00:00Z.
    public var time: Double

    public init(
        utteranceID: String, theme: String, coder: String, verdict: Verdict, source: Source,
        evidence: String = "", time: Double
    ) {
        self.utteranceID = utteranceID
        self.theme = theme
        self.coder = coder
        self.verdict = verdict
        self.source = source
        self.evidence = evidence
        self.time = time
    }
}

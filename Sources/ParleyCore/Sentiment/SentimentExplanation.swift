/// Why a text scored as it did: every token with its lexicon valence and each rule that
/// changed it, the punctuation emphasis, and the sums that give the four scores.
///
/// The numbers are the scorer's own, not a re-derivation: ``scores`` equals
/// ``SentimentAnalyzer/scores(for:)`` for the same text, and
/// ``SentimentSums/init(valences:exclamations:questions:)``
/// on the tokens' final valences gives back ``sums``.
public struct SentimentExplanation: Sendable, Equatable {
    /// One token of the reference's `words_and_emoticons`.
    public struct Token: Sendable, Equatable {
        /// The token as scored: split on whitespace, outer punctuation stripped (unless that
        /// would leave two characters or fewer), after emoji became their descriptions.
        public var text: String
        /// Its valence in the lexicon (looked up lowercased), or nil.
        public var lexiconValence: Double?
        /// The rules that changed its valence, in the order applied.
        public var adjustments: [Adjustment]
        /// The valence it contributes to the sums.
        public var valence: Double
    }

    /// One rule's effect on one token's valence.
    public struct Adjustment: Sendable, Equatable {
        public var rule: SentimentRule
        public var before: Double
        public var after: Double
        /// `after - before`.
        public var amount: Double { after - before }
    }

    /// The text after emoji were replaced by their descriptions (the text the reference
    /// tokenises and counts punctuation in).
    public var scoredText: String
    public var tokens: [Token]
    /// Whether some but not all tokens are ALL CAPS (the condition for the caps rule).
    public var capsDiffer: Bool
    /// The sums, with the text's "!" and "?" counts and the emphasis they give.
    public var sums: SentimentSums

    /// The four scores, rounded as the reference rounds them.
    public var scores: SentimentScores { sums.scores }
}

extension SentimentAnalyzer {
    /// The scores of `text` with the reasons for them.
    public func explanation(for text: String) -> SentimentExplanation {
        var scratch = SentimentScratch()
        var tracer = RecordingTracer()
        var copy = text
        let sums = copy.withUTF8 { evaluate($0, scratch: &scratch, tracer: &tracer) }
        let scoredText =
            scratch.usesSubstitutedText
            ? String(decoding: scratch.text, as: UTF8.self) : text
        let bytes = Array(scoredText.utf8)
        var tokens = (0..<scratch.tokenCount).map { index in
            let token = scratch.tokens[index]
            return SentimentExplanation.Token(
                text: String(decoding: bytes[token.start..<token.end], as: UTF8.self),
                lexiconValence: token.isInLexicon ? token.valence : nil, adjustments: [],
                valence: scratch.sentiments[index])
        }
        for event in tracer.events {
            tokens[event.token].adjustments.append(
                .init(rule: event.rule, before: event.from, after: event.to))
        }
        return SentimentExplanation(
            scoredText: scoredText, tokens: tokens,
            capsDiffer: scratch.tokens.withUnsafeBufferPointer {
                Self.allCapsDifferential(UnsafeBufferPointer(rebasing: $0[..<scratch.tokenCount]))
            },
            sums: sums)
    }
}

extension SentimentSums {
    /// Recomputes the sums from final token valences and the text's "!" and "?" counts,
    /// exactly as the scorer does.
    public init(valences: [Double], exclamations: Int, questions: Int) {
        let nonzero = valences.indices.filter { valences[$0] != 0 }.map { Int32($0) }
        self = valences.withUnsafeBufferPointer { values in
            nonzero.withUnsafeBufferPointer { positions in
                ScoreValence.sums(
                    values, nonzero: positions, exclamations: exclamations, questions: questions)
            }
        }
    }
}

/// Collects every rule application, for ``SentimentExplanation``.
struct RecordingTracer: ValenceTracer {
    struct Event {
        var rule: SentimentRule
        var token: Int
        var from: Double
        var to: Double
    }

    var events: [Event] = []

    mutating func record(_ rule: SentimentRule, token: Int, from: Double, to: Double) {
        events.append(Event(rule: rule, token: token, from: from, to: to))
    }
}

import ParleyCore

/// `sentiment ID` as a record: the scores, then every token with its lexicon valence and
/// each rule's effect, the punctuation emphasis, and the sums the scores come from.
enum SentimentExplanationRecord {
    static func record(id: String, _ explanation: SentimentExplanation) -> Record {
        var record: Record = ["id": .string(id), "scored_text": .text(explanation.scoredText)]
        record.fields += SentimentFields.record(explanation.scores).fields
        let sums = explanation.sums
        record.fields += [
            .init("tokens", .record(tokens(explanation))),
            .init(
                "punctuation",
                .record([
                    "exclamations": .int(sums.exclamationCount),
                    "questions": .int(sums.questionCount),
                    "emphasis": .double(sums.punctuationAmplifier),
                ])),
            .init(
                "sums",
                .record([
                    "caps_differ": .bool(explanation.capsDiffer),
                    "valence_sum": .double(sums.valenceSum),
                    "emphasized_sum": .double(sums.emphasizedSum),
                    "compound_unrounded": .double(sums.compound),
                    "positive_sum": .double(sums.positiveSum),
                    "negative_sum": .double(sums.negativeSum),
                    "neutral_count": .int(sums.neutralCount),
                ])),
        ]
        return record
    }

    /// One field per token, named `N TOKEN` (N from 1). Its value is `0` for a word outside
    /// the lexicon that no rule touched; otherwise it reads left to right: `lexicon V` (or
    /// `lexicon -` when the word is not in it), each rule with the amount it added and the
    /// valence after it, then `valence V`, what the token contributes to the sums.
    static func tokens(_ explanation: SentimentExplanation) -> Record {
        Record(
            explanation.tokens.enumerated().map { offset, token in
                Record.Field("\(offset + 1) \(token.text)", .string(describe(token)))
            })
    }

    static func describe(_ token: SentimentExplanation.Token) -> String {
        if token.lexiconValence == nil, token.adjustments.isEmpty { return number(token.valence) }
        var parts = ["lexicon " + (token.lexiconValence.map(number) ?? "-")]
        for adjustment in token.adjustments {
            let amount = number(adjustment.amount)
            let signed = amount.hasPrefix("-") ? amount : "+" + amount
            parts.append(
                "\(SentimentFields.name(of: adjustment.rule)) \(signed) → "
                    + number(adjustment.after))
        }
        parts.append("valence " + number(token.valence))
        return parts.joined(separator: "; ")
    }

    private static func number(_ value: Double) -> String {
        ValueFormatting.text(.double(value))
    }
}

import ParleyCore

/// Sentiment scores as metadata entries, so exports carry them as columns (CSV), keys
/// (JSON Lines) or `meta` (ConvoKit) under the same names as the where language's fields.
enum SentimentMetadata {
    static func entries(_ scores: SentimentScores) -> [(key: String, value: MetadataValue)] {
        [
            ("compound", .number(String(scores.compound))),
            ("neg", .number(String(scores.negative))),
            ("neu", .number(String(scores.neutral))),
            ("pos", .number(String(scores.positive))),
            ("sentiment", .string(scores.label.rawValue)),
        ]
    }
}

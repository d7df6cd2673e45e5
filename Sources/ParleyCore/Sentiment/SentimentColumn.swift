/// The scores of every utterance of a corpus, 8 bytes each.
///
/// The reference's scores are decimals of 3 (neg, neu, pos) and 4 (compound) places, so
/// they are stored exactly as small integers: a million utterances take 8 MB, and reading
/// one back gives the same `Double` the reference returns.
public struct SentimentColumn: Sendable, Equatable {
    struct Packed: Sendable, Equatable {
        var negative: Int16
        var neutral: Int16
        var positive: Int16
        var compound: Int16
    }

    private(set) var storage: [Packed]

    static let proportionScale = 1_000.0
    static let compoundScale = 10_000.0

    init(storage: [Packed]) { self.storage = storage }

    /// A column of `count` zero scores.
    public init(count: Int) {
        storage = Array(
            repeating: Packed(negative: 0, neutral: 0, positive: 0, compound: 0), count: count)
    }

    public var count: Int { storage.count }

    public subscript(index: Int) -> SentimentScores {
        get {
            let packed = storage[index]
            return SentimentScores(
                negative: Double(packed.negative) / Self.proportionScale,
                neutral: Double(packed.neutral) / Self.proportionScale,
                positive: Double(packed.positive) / Self.proportionScale,
                compound: Double(packed.compound) / Self.compoundScale)
        }
        set { storage[index] = Self.pack(newValue) }
    }

    /// Just the compound score of utterance `index`.
    public func compound(of index: Int) -> Double {
        Double(storage[index].compound) / Self.compoundScale
    }

    static func pack(_ scores: SentimentScores) -> Packed {
        Packed(
            negative: quantize(scores.negative, proportionScale),
            neutral: quantize(scores.neutral, proportionScale),
            positive: quantize(scores.positive, proportionScale),
            compound: quantize(scores.compound, compoundScale))
    }

    /// Scores lie in [-1, 1], so scaled values fit an `Int16`; clamping only guards the type.
    private static func quantize(_ value: Double, _ scale: Double) -> Int16 {
        Int16(max(-scale, min(scale, (value * scale).rounded())))
    }
}

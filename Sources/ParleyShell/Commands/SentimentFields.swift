import ParleyCore

/// The sentiment fields as `show`, `sentiment ID` and the JSON shapes name them.
enum SentimentFields {
    /// `neg`, `neu`, `pos`, `compound` and `sentiment` (the label), VADER's names.
    static func record(_ scores: SentimentScores) -> Record {
        [
            "neg": .double(scores.negative), "neu": .double(scores.neutral),
            "pos": .double(scores.positive), "compound": .double(scores.compound),
            "sentiment": .string(scores.label.rawValue),
        ]
    }

    /// A rule as the explanation names it: `booster(1)`, `negation(2)`, `but`.
    static func name(of rule: SentimentRule) -> String {
        switch rule {
        case .boosterWord: "booster_word"
        case .kindOf: "kind_of"
        case .noBeforeLexiconWord: "no_as_negator"
        case .negatedByNo: "negated_by_no"
        case .allCaps: "all_caps"
        case .booster(let distance): "booster(\(distance))"
        case .negation(let distance): "negation(\(distance))"
        case .neverSo(let distance): "never_so(\(distance))"
        case .specialCase(let phrase): "special_case(\(phrase))"
        case .dampenerPhrase(let phrase): "dampener(\(phrase))"
        case .least: "least"
        case .butShift(let factor): "but(×\(ValueFormatting.text(.double(factor))))"
        }
    }
}

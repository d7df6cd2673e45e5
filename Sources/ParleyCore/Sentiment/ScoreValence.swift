/// The last step of the reference, `score_valence`: from the tokens' valences and the
/// text's punctuation to the four scores.
enum ScoreValence {
    /// `_punctuation_emphasis` = `_amplify_ep` + `_amplify_qm`.
    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        amplifyExclamations(exclamations) + amplifyQuestions(questions)
    }

    /// `_amplify_ep`: 0.292 per "!", counting at most four.
    static func amplifyExclamations(_ count: Int) -> Double {
        Double(min(count, VaderConstants.maximumExclamations))
            * VaderConstants.exclamationIncrement
    }

    /// `_amplify_qm`: nothing for one "?", 0.18 each for two or three, 0.96 for more.
    static func amplifyQuestions(_ count: Int) -> Double {
        guard count > VaderConstants.uncountedQuestions else { return 0 }
        if count <= VaderConstants.maximumCountedQuestions {
            return Double(count) * VaderConstants.questionIncrement
        }
        return VaderConstants.manyQuestionsAmplifier
    }

    /// `normalize`: maps a sum of valences into [-1, 1] with `x / sqrt(x² + alpha)`.
    static func normalize(_ score: Double) -> Double {
        let normalized = score / (score * score + VaderConstants.normalizationAlpha).squareRoot()
        return min(max(normalized, -1), 1)
    }

    /// `_sift_sentiment_scores` as the reference writes it (the scorer uses the fused
    /// ``siftAndSum(_:nonzero:)``, tested equal): positive valences summed (+1 each), negative ones summed
    /// (−1 each), zeros counted.
    static func sift(_ sentiments: UnsafeBufferPointer<Double>)
        -> (positive: Double, negative: Double, neutral: Int)
    {
        var positive = 0.0
        var negative = 0.0
        var neutral = 0
        for value in sentiments {
            if value > 0 { positive += value + VaderConstants.neutralWordWeight }
            if value < 0 { negative += value - VaderConstants.neutralWordWeight }
            if value == 0 { neutral += 1 }
        }
        return (positive, negative, neutral)
    }

    /// `sum(sentiments)` and ``sift(_:)`` in one pass over the nonzero valences (adding a
    /// zero never changes a sum, so skipping them is exact).
    @inline(__always)
    static func siftAndSum(_ sentiments: UnsafeBufferPointer<Double>, nonzero: ButShift.Positions)
        -> (sum: Double, positive: Double, negative: Double, neutral: Int)
    {
        var sum = 0.0
        var positive = 0.0
        var negative = 0.0
        for position in nonzero {
            let value = sentiments[Int(position)]
            sum += value
            if value > 0 {
                positive += value + VaderConstants.neutralWordWeight
            } else {
                negative += value - VaderConstants.neutralWordWeight
            }
        }
        return (sum, positive, negative, sentiments.count - nonzero.count)
    }

    /// The sums `score_valence` computes, before rounding.
    static func sums(
        _ sentiments: UnsafeBufferPointer<Double>, nonzero: ButShift.Positions,
        exclamations: Int, questions: Int
    ) -> SentimentSums {
        let amplifier = punctuationEmphasis(exclamations: exclamations, questions: questions)
        guard !sentiments.isEmpty else {
            return SentimentSums(
                exclamationCount: exclamations, questionCount: questions, valenceSum: 0,
                punctuationAmplifier: amplifier, emphasizedSum: 0, compound: 0,
                positiveSum: 0, negativeSum: 0, neutralCount: 0, isEmpty: true)
        }
        // Python 3.11's sum(): left to right from 0 (3.12 and later compensate rounding).
        // One pass gives the sum and `_sift_sentiment_scores`; each total still adds its
        // terms in the reference's order.
        var (sum, positive, negative, neutral) = siftAndSum(sentiments, nonzero: nonzero)
        var emphasized = sum
        if sum > 0 {
            emphasized += amplifier
        } else if sum < 0 {
            emphasized -= amplifier
        }
        if positive > negative.magnitude {
            positive += amplifier
        } else if positive < negative.magnitude {
            negative -= amplifier
        }
        return SentimentSums(
            exclamationCount: exclamations, questionCount: questions, valenceSum: sum,
            punctuationAmplifier: amplifier, emphasizedSum: emphasized,
            compound: normalize(emphasized), positiveSum: positive, negativeSum: negative,
            neutralCount: neutral, isEmpty: false)
    }
}

import Testing

@testable import ParleyCore

@Suite struct ScoreValenceTests {
    @Test func exclamationsCountUpToFour() {
        let amplifiers = (0...6).map(ScoreValence.amplifyExclamations)
        let step = VaderConstants.exclamationIncrement
        let expected: [Double] = [0, step, 2 * step, 3 * step, 4 * step, 4 * step, 4 * step]
        #expect(amplifiers == expected)
    }

    @Test func questionMarksCountFromTwoAndFlattenAfterThree() {
        let amplifiers = (0...6).map(ScoreValence.amplifyQuestions)
        let expected: [Double] = [0, 0, 2 * 0.18, 3 * 0.18, 0.96, 0.96, 0.96]
        #expect(amplifiers == expected)
    }

    @Test func normalizeUsesAlphaFifteenAndStaysInRange() {
        #expect(ScoreValence.normalize(0) == 0)
        #expect(ScoreValence.normalize(4) == 4 / (16 + 15.0).squareRoot())
        #expect(ScoreValence.normalize(-4) == -ScoreValence.normalize(4))
        #expect(ScoreValence.normalize(1e300) <= 1)
    }

    @Test func siftSeparatesAndCompensates() {
        let values: [Double] = [1.9, 0, -2.5, 0, 0.5]
        let (positive, negative, neutral) = values.withUnsafeBufferPointer(ScoreValence.sift)
        #expect(positive == (1.9 + 1) + (0.5 + 1))
        #expect(negative == -2.5 - 1)
        #expect(neutral == 2)
    }

    @Test func fusedPassEqualsThePlainSumAndSift() {
        var random = SplitMix64(seed: 11)
        let values: [Double] = [0, 0, 0, -0.0, 1.9, -2.5, 0.293, -1.406, 3.1, 0.1]
        for _ in 0..<500 {
            let sentiments = (0..<Int(random.next() % 40)).map { _ in
                values[Int(random.next() % UInt64(values.count))]
            }
            let nonzero = sentiments.indices.filter { sentiments[$0] != 0 }.map { Int32($0) }
            let fused = sentiments.withUnsafeBufferPointer { values in
                nonzero.withUnsafeBufferPointer { ScoreValence.siftAndSum(values, nonzero: $0) }
            }
            var sum = 0.0
            for value in sentiments { sum += value }
            let plain = sentiments.withUnsafeBufferPointer(ScoreValence.sift)
            #expect(fused.sum == sum && fused.sum.sign == sum.sign)
            #expect(fused.positive == plain.positive && fused.negative == plain.negative)
            #expect(fused.neutral == plain.neutral)
        }
    }

    @Test func punctuationGoesToTheLargerSideAndAwayFromZero() {
        let sums = SentimentSums(valences: [1.9, 0, -0.5], exclamations: 2, questions: 0)
        #expect(sums.valenceSum == 1.9 + -0.5)
        #expect(sums.emphasizedSum == 1.4 + 0.584)
        #expect(sums.positiveSum == 2.9 + 0.584)
        #expect(sums.negativeSum == -1.5)
        let negative = SentimentSums(valences: [-1.9], exclamations: 0, questions: 2)
        #expect(negative.emphasizedSum == -1.9 - 0.36)
        #expect(negative.negativeSum == -2.9 - 0.36)
    }

    @Test func noTokensGiveAllZeroScores() {
        let sums = SentimentSums(valences: [], exclamations: 3, questions: 0)
        #expect(sums.scores == .zero)
        let neutral = SentimentSums(valences: [0, 0], exclamations: 3, questions: 0).scores
        #expect(neutral == SentimentScores(negative: 0, neutral: 1, positive: 0, compound: 0))
    }

    @Test func labelsUseTheConventionalThresholds() {
        func label(_ compound: Double) -> SentimentLabel {
            SentimentScores(negative: 0, neutral: 1, positive: 0, compound: compound).label
        }
        #expect(
            [0.05, 0.0499, -0.0499, -0.05].map(label) == [.positive, .neutral, .neutral, .negative])
    }
}

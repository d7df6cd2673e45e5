import Testing

@testable import ParleyCore

@Suite struct SentimentExplanationTests {
    let analyzer = SentimentAnalyzer()

    @Test func explanationReproducesTheScoresOnEveryEdgeCase() throws {
        for item in try VaderFixtures.edgeCases() {
            let explanation = analyzer.explanation(for: item.text)
            #expect(explanation.scores == analyzer.scores(for: item.text), "line \(item.line)")
            let recomputed = SentimentSums(
                valences: explanation.tokens.map(\.valence),
                exclamations: explanation.sums.exclamationCount,
                questions: explanation.sums.questionCount)
            #expect(recomputed == explanation.sums, "line \(item.line)")
        }
    }

    @Test func adjustmentsChainFromTheLexiconValenceToTheFinalOne() throws {
        for item in try VaderFixtures.edgeCases() {
            for token in analyzer.explanation(for: item.text).tokens {
                guard let start = token.lexiconValence, token.adjustments.isEmpty == false else {
                    continue
                }
                var value = start
                for adjustment in token.adjustments {
                    if case .butShift = adjustment.rule {
                    } else if adjustment.rule == .boosterWord
                        || adjustment.rule == .kindOf
                    {
                        value = 0
                        continue
                    }
                    #expect(adjustment.before == value, "line \(item.line) \(token.text)")
                    value = adjustment.after
                }
            }
        }
    }

    @Test func explainsAMixedSentence() throws {
        let explanation = analyzer.explanation(
            for: "The food was not very good, but the staff was GREAT!!")
        let tokens = explanation.tokens
        #expect(
            tokens.map(\.text) == [
                "The", "food", "was", "not", "very", "good", "but", "the", "staff", "was", "GREAT",
            ])
        let good = try #require(tokens.first { $0.text == "good" })
        #expect(good.lexiconValence == 1.9)
        #expect(
            good.adjustments.map(\.rule) == [
                .booster(distance: 1), .negation(distance: 2), .butShift(factor: 0.5),
            ])
        #expect((good.adjustments[0].amount - VaderConstants.boosterIncrement).magnitude < 1e-12)
        #expect(good.valence == (1.9 + 0.293) * -0.74 * 0.5)
        let great = try #require(tokens.first { $0.text == "GREAT" })
        #expect(great.adjustments.map(\.rule) == [.allCaps, .butShift(factor: 1.5)])
        #expect(great.valence == (3.1 + 0.733) * 1.5)
        #expect(explanation.capsDiffer)
        #expect(explanation.sums.exclamationCount == 2)
        #expect(explanation.sums.punctuationAmplifier == 2 * 0.292)
        #expect(explanation.sums.neutralCount == 9)
    }

    @Test func reportsTheScoredTextAfterEmoji() {
        let explanation = analyzer.explanation(for: "I ❤ NY")
        #expect(explanation.scoredText == "I red heart NY")
        #expect(explanation.tokens.map(\.text) == ["I", "red", "heart", "NY"])
        #expect(explanation.tokens[2].lexiconValence == 3.2)
    }
}

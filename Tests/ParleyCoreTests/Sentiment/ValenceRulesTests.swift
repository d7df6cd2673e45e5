import Testing

@testable import ParleyCore

/// Each rule of `sentiment_valence` on its own, on real tokens. Expected numbers are worked
/// from the lexicon (good 1.9, bad -2.5, no -1.2, shit -2.6) and the named constants.
@Suite struct ValenceRulesTests {
    typealias Support = SentimentTestSupport
    let negation = VaderConstants.negationScalar
    var silent = SilentTracer()

    @Test mutating func noBeforeALexiconWordScoresZero() {
        let zeroed = Support.withTokens("no good") {
            ValenceRules.noAsNegator(-1.2, at: 0, tokens: $0, tracer: &silent)
        }
        #expect(zeroed == 0)
        let kept = Support.withTokens("no xyzzy") {
            ValenceRules.noAsNegator(-1.2, at: 0, tokens: $0, tracer: &silent)
        }
        #expect(kept == -1.2)
        let last = Support.withTokens("good no") {
            ValenceRules.noAsNegator(-1.2, at: 1, tokens: $0, tracer: &silent)
        }
        #expect(last == -1.2)
    }

    @Test mutating func wordsAfterNoAreNegatedFromTheirLexiconValence() {
        let cases: [(String, Int, Double)] = [
            ("no good", 1, 1.9 * negation),
            ("no very good", 2, 1.9 * negation),
            ("no joy or happiness", 3, 2.6 * negation),
            ("no joy and happiness", 3, 99),
        ]
        for (text, index, expected) in cases {
            let valence = Support.withTokens(text) {
                ValenceRules.negatedByNo(99, at: index, tokens: $0, tracer: &silent)
            }
            #expect(valence == expected, "\(text)")
        }
    }

    @Test func noNoUndoesTheZeroOfTheSecondNo() {
        // Reference quirk: the second "no" is zeroed, then negated from -1.2 again.
        #expect(Support.valence("no no good", at: 1) == -1.2 * negation)
    }

    @Test mutating func allCapsWordsGainEmphasisOnlyAmongLowercase() {
        let caps = VaderConstants.capsIncrement
        func emphasis(_ text: String, _ valence: Double) -> Double {
            var tracer = SilentTracer()
            return Support.withTokens(text) { tokens in
                let differ = SentimentAnalyzer.allCapsDifferential(UnsafeBufferPointer(tokens))
                return ValenceRules.capsEmphasis(valence, at: 0, tokens: tokens, differ, &tracer)
            }
        }
        #expect(emphasis("GOOD day", 1.9) == 1.9 + caps)
        #expect(emphasis("BAD day", -2.5) == -2.5 - caps)
        #expect(emphasis("GOOD DAY", 1.9) == 1.9)
        #expect(emphasis("Good day", 1.9) == 1.9)
        #expect(emphasis("NO good", 0) == -caps)
    }

    @Test func boostersTakeTheSignOfTheValenceAndCapsAddEmphasis() {
        let tokens = Support.tokens("very VERY xyzzy")
        let boost = VaderConstants.boosterIncrement
        let caps = VaderConstants.capsIncrement
        #expect(ValenceRules.scalarIncDec(tokens[0], valence: 1.9, capsDiffer: true) == boost)
        #expect(ValenceRules.scalarIncDec(tokens[0], valence: -2.5, capsDiffer: true) == -boost)
        #expect(
            ValenceRules.scalarIncDec(tokens[1], valence: 1.9, capsDiffer: true) == boost + caps)
        #expect(
            ValenceRules.scalarIncDec(tokens[1], valence: -2.5, capsDiffer: true) == -boost - caps)
        #expect(ValenceRules.scalarIncDec(tokens[1], valence: 1.9, capsDiffer: false) == boost)
        #expect(ValenceRules.scalarIncDec(tokens[1], valence: 0, capsDiffer: true) == boost - caps)
        #expect(ValenceRules.scalarIncDec(tokens[2], valence: 1.9, capsDiffer: true) == 0)
        let dampener = Support.tokens("barely")[0]
        #expect(ValenceRules.scalarIncDec(dampener, valence: 1.9, capsDiffer: false) == -boost)
    }

    @Test func boostersFurtherAwayCountLess() {
        #expect(ValenceRules.dampedByDistance(0.293, distance: 1) == 0.293)
        #expect(ValenceRules.dampedByDistance(0.293, distance: 2) == 0.293 * 0.95)
        #expect(ValenceRules.dampedByDistance(0.293, distance: 3) == 0.293 * 0.9)
        #expect(ValenceRules.dampedByDistance(0, distance: 3) == 0)
    }

    @Test mutating func negationWindowReachesThreeWords() {
        let cases: [(String, Int, Int, Double)] = [
            ("not good", 1, 1, negation),
            ("isn't good", 1, 1, negation),
            ("not very good", 2, 2, negation),
            ("never so good", 2, 2, 1.25),
            ("never this good", 2, 2, 1.25),
            ("without doubt good", 2, 2, 1),
            ("it is so good", 3, 3, 1.25),
            ("never so really good", 3, 3, 1.25),
            ("not at all good", 3, 3, negation),
            ("without a doubt good", 3, 3, 1),
            ("the very nice good", 3, 3, 1),
        ]
        for (text, index, distance, factor) in cases {
            let valence = Support.withTokens(text) {
                ValenceRules.negationCheck(2, distance: distance, at: index, $0, &silent)
            }
            #expect(valence == 2 * factor, "\(text)")
        }
    }

    @Test func soOrThisJustBeforeIntensifiesAtDistanceThree() {
        // Reference quirk (operator precedence): "never" is not needed.
        let rules = Support.rules("It is so good").map(\.1)
        #expect(rules == [.boosterWord, .booster(distance: 1), .neverSo(distance: 3)])
    }

    @Test mutating func specialCasesReplaceTheValence() {
        let cases: [(String, Int, Double)] = [
            ("it is the shit", 3, 3),
            ("waited at the bus stop", 4, 0),
            ("oh I said yeah right", 3, -2),
            ("the kiss of death", 3, -1.5),
            ("he is bad ass", 3, 1.5),
            ("this cake is to die for", 4, 99),
        ]
        for (text, index, expected) in cases {
            let valence = Support.withTokens(text) { tokens in
                ValenceRules.specialIdiomsCheck(99, at: index, tokens, .builtIn, &silent)
            }
            #expect(valence == expected, "\(text)")
        }
    }

    @Test func specialCasesNeedThreeWordsBefore() {
        // Reference quirk: the check sits in the third pass of the window.
        #expect(Support.valence("the shit", at: 1) == -2.6)
        #expect(Support.valence("it is the shit", at: 3) == 3)
    }

    @Test mutating func twoWordDampenersBeforeTheWordSubtract() {
        let valence = Support.withTokens("it was kind of good") { tokens in
            ValenceRules.specialIdiomsCheck(1.9, at: 4, tokens, .builtIn, &silent)
        }
        #expect(valence == 1.9 + VaderConstants.boosterDecrement)
        #expect(Support.valence("kind of good", at: 2) == 1.9)
        #expect(Support.valence("kind of good", at: 0) == 0)
    }

    @Test mutating func leastNegatesExceptAfterAtOrVery() {
        let cases: [(String, Int, Double)] = [
            ("least good", 1, 1.9 * negation),
            ("the least good", 2, 1.9 * negation),
            ("at least good", 2, 1.9),
            ("very least good", 2, 1.9),
            ("least of good", 2, 1.9),
        ]
        for (text, index, expected) in cases {
            let valence = Support.withTokens(text) {
                ValenceRules.leastCheck(1.9, at: index, tokens: $0, tracer: &silent)
            }
            #expect(valence == expected, "\(text)")
        }
    }

    @Test func capsDifferentialNeedsSomeButNotAllCaps() {
        func differ(_ text: String) -> Bool {
            Support.withTokens(text) {
                SentimentAnalyzer.allCapsDifferential(UnsafeBufferPointer($0))
            }
        }
        #expect(differ("GOOD day"))
        #expect(differ("GOOD !!"))
        #expect(!differ("GOOD DAY"))
        #expect(!differ("good day"))
        #expect(!differ(""))
    }

    @Test func boosterWordsAndKindBeforeOfScoreZeroThemselves() {
        let rules = Support.rules("very kind of nice")
        #expect(rules.first?.1 == .boosterWord)
        #expect(rules.contains { $0.0 == "kind" && $0.1 == .kindOf })
        #expect(Support.valence("very kind of nice", at: 1) == 0)
        #expect(Support.valence("he is kind", at: 2) == 2.4)
    }
}

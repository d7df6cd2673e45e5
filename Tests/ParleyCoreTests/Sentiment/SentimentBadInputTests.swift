import Testing

@testable import ParleyCore

/// Inputs that must give defined scores and never crash.
@Suite struct SentimentBadInputTests {
    let analyzer = SentimentAnalyzer()

    @Test func emptyAndWhitespaceOnlyTextsScoreZero() {
        for text in ["", " ", "\t\n\r", "\u{3000}\u{A0}\u{2028}"] {
            #expect(analyzer.scores(for: text) == .zero)
        }
    }

    @Test func punctuationOnlyTextsAreNeutral() {
        for text in ["!!!", "???", "...", "!?!?", "-"] {
            let scores = analyzer.scores(for: text)
            #expect(scores == SentimentScores(negative: 0, neutral: 1, positive: 0, compound: 0))
        }
    }

    @Test func emojiOnlyTextsScoreTheirDescriptions() {
        // Values printed by the reference.
        #expect(analyzer.scores(for: "😁😁😁").compound == 0.8402)
        #expect(analyzer.scores(for: "😢").compound == -0.4767)
        #expect(analyzer.scores(for: "😡").compound == 0)  // "pouting face": no lexicon word
    }

    @Test func replacementCharactersAndMixedScriptsAreOrdinaryText() {
        #expect(analyzer.scores(for: "\u{FFFD}").compound == 0)
        #expect(analyzer.scores(for: "\u{FFFD} good \u{FFFD}") == analyzer.scores(for: "x good x"))
        #expect(analyzer.scores(for: "Это хорошо good これは良い").compound > 0)
    }

    @Test func aMegabyteCommentIsScored() {
        let comment = String(repeating: "This is good but the ending was bad!!! ", count: 26_000)
        #expect(comment.utf8.count > 1_000_000)
        let scores = analyzer.scores(for: comment)
        #expect(scores.compound >= -1 && scores.compound <= 1)
        #expect((scores.negative + scores.neutral + scores.positive - 1).magnitude < 0.01)
    }

    @Test func invalidUTF8BytesDoNotCrash() {
        let bytes: [UInt8] = [0x67, 0x6F, 0x6F, 0x64, 0x20, 0xFF, 0xC3, 0x20, 0xF0, 0x9F, 0x98]
        let scores = bytes.withUnsafeBufferPointer { analyzer.scores(utf8: $0) }
        #expect(scores.compound == analyzer.scores(for: "good").compound)
    }

    @Test func scoresStayInRangeOnExtremeText() {
        let angry = String(repeating: "NEVER EVER so HORRIBLY bad!!!!!!! ", count: 500) + "ok"
        let scores = analyzer.scores(for: angry)
        #expect(scores.compound >= -1 && scores.compound <= 1)
    }
}

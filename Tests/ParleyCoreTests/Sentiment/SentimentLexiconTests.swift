import Testing

@testable import ParleyCore

@Suite struct SentimentLexiconTests {
    @Test func builtInLexiconIsTheReferencesWithItsLastDuplicateWinning() {
        let lexicon = SentimentLexicon.vader
        #expect(lexicon.valence(of: "good") == 1.9)
        #expect(lexicon.valence(of: "GOOD") == 1.9)
        #expect(lexicon.valence(of: "xyzzy") == nil)
        // vader_lexicon.txt lists "lol" twice (2.9, then 1.8); the dict keeps the last.
        #expect(lexicon.valence(of: "lol") == 1.8)
        #expect(BuiltInLexicons.valences.count == 7_506)
        #expect(BuiltInLexicons.emojiDescriptions.count == 1_212)
    }

    @Test func changesLayerOverTheBuiltInLexicon() {
        var lexicon = SentimentLexicon.vader
        lexicon.set("Refund", valence: 1.5)
        lexicon.set("good", valence: -1)
        lexicon.remove("bad")
        #expect(lexicon.valence(of: "refund") == 1.5)
        #expect(lexicon.valence(of: "good") == -1)
        #expect(lexicon.valence(of: "bad") == nil)
        #expect(lexicon.builtInValence(of: "bad") == -2.5)
        #expect(
            lexicon.changes == [
                LexiconChange(word: "refund", builtIn: nil, current: 1.5),
                LexiconChange(word: "good", builtIn: 1.9, current: -1),
                LexiconChange(word: "bad", builtIn: -2.5, current: nil),
            ])
        lexicon.reset("good")
        #expect(lexicon.valence(of: "good") == 1.9)
        #expect(lexicon.changes.map(\.word) == ["refund", "bad"])
        #expect(SentimentLexicon.vader.isBuiltIn && !lexicon.isBuiltIn)
    }

    @Test func theAnalyzerScoresWithTheChangedLexicon() {
        let lexicon = SentimentLexicon.vader.setting("outage", to: -2.5).removing("good")
        let analyzer = SentimentAnalyzer(lexicon: lexicon)
        #expect(SentimentAnalyzer().scores(for: "another outage").compound == 0)
        #expect(analyzer.scores(for: "another OUTAGE today").compound < -0.5)
        #expect(analyzer.scores(for: "good").compound == 0)
        // Function words keep their roles when their valence changes.
        let noLexicon = SentimentLexicon.vader.removing("no")
        #expect(SentimentAnalyzer(lexicon: noLexicon).scores(for: "no good").compound < 0)
    }

    @Test func nonASCIIWordsCanBeAdded() {
        let analyzer = SentimentAnalyzer(lexicon: SentimentLexicon.vader.setting("Çok", to: 2))
        #expect(analyzer.scores(for: "ÇOK güzel").compound > 0)
    }
}

import Testing

@testable import ParleyCore

@Suite struct LexiconFileTests {
    @Test func readsWordTabValenceLinesAndReportsBadOnes() {
        let text = """
            # support domain words
            refund\t1.5
            outage\t-2.5\t0.9\t[-2, -3]

            lit\t2.1\r
            no valence here
            broken\tabc
            two words\t1
            huge\t9
            \t1
            """
        let file = LexiconFile(parsing: text, file: "domain.tsv")
        #expect(file.entries.map(\.word) == ["refund", "outage", "lit"])
        #expect(file.entries.map(\.valence) == [1.5, -2.5, 2.1])
        #expect(file.entries.map(\.line) == [2, 3, 5])
        #expect(
            file.problems.map(\.description) == [
                "domain.tsv:6: expected a word, a tab and a valence",
                "domain.tsv:7: 'abc' is not a number",
                "domain.tsv:8: 'two words' contains a space: it could never match a word",
                "domain.tsv:9: valence 9 is outside -4…4",
                "domain.tsv:10: empty word",
            ])
    }

    @Test func entriesLayerOverTheLexicon() {
        let file = LexiconFile(parsing: "Refund\t1.5\nrefund\t2\n", file: "x")
        let lexicon = SentimentLexicon.vader.setting(file)
        #expect(lexicon.valence(of: "refund") == 2)
        #expect(lexicon.changes.count == 1)
    }

    @Test func theReferencesOwnLexiconLoadsExceptItsUnreachableKeys() {
        let file = LexiconFile(parsing: VaderLexiconData.text, file: "vader_lexicon.txt")
        #expect(file.problems.map(\.location.line) == [6, 1261, 2866, 5909])
        #expect(file.entries.count == 7_520 - 4)
        #expect(file.entries.first?.word == "$:")
    }
}

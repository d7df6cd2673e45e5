import ParleyTestSupport
import Testing

@testable import ParleyCore

@Suite struct TokenizerTests {
    @Test func wordsAreLowerCasedWithApostrophesKept() {
        #expect(Tokenizer.words("Don't STOP—we’re done.") == ["don't", "stop", "we're", "done"])
    }

    @Test func numbersUrlsAndMentionsAreNotWords() {
        let words = Tokenizer.words(
            "@SkyHop paid £75 twice, see https://x.co/a?b=1 or www.x.com ok")
        #expect(words == ["paid", "twice", "see", "or", "ok"])
    }

    @Test func lettersOutsideAsciiStayInTheWord() {
        #expect(Tokenizer.words("Café crème, naïve") == ["café", "crème", "naïve"])
    }

    @Test func curlyQuotesAroundAWordAreNotPartOfIt() {
        #expect(Tokenizer.words("‘quoted’ text") == ["quoted", "text"])
    }
}

@Suite struct FightingWordsTests {
    /// Reference values computed with python3 from equations 16–22 of Monroe et al. (2008):
    /// counts A = [3, 1, 0], B = [1, 2, 4], prior α = [0.5, 0.4, 0.6].
    @Test func matchesAHandComputedExample() {
        let scores = FightingWords.scores(
            countsA: [3, 1, 0], countsB: [1, 2, 4], prior: [0.5, 0.4, 0.6])
        let expected: [(Double, Double)] = [
            (2.1000608288825715, 2.1519219919080013),
            (-0.1416947032636835, -0.13323902819924793),
            (-2.2651405792420207, -1.6502434953603584),
        ]
        for (score, (delta, z)) in zip(scores, expected) {
            #expect(abs(score.delta - delta) < 1e-12)
            #expect(abs(score.zScore - z) < 1e-12)
        }
    }

    @Test func groupsAreComparedOverTheCorpus() throws {
        let corpus = try TestCorpora.make([
            ("a", nil, "ann", "refund refund refund please"),
            ("b", "a", "org", "sorry sorry we refunded"),
            ("c", nil, "ann", "refund now please"),
            ("d", "c", "org", "sorry about that"),
        ])
        let comparison = GroupComparison.compare(
            in: corpus, limit: 2, groupA: { corpus.speakerID(of: $0) == "ann" },
            groupB: { corpus.speakerID(of: $0) == "org" })
        #expect(comparison.towardA.map(\.term) == ["refund", "please"])
        #expect(comparison.towardB.first?.term == "sorry")
        #expect(comparison.towardA.first?.countA == 4)
        #expect(comparison.utterancesA == 2)
    }
}

@Suite struct TermFrequencyTests {
    @Test func countsTermsAndDocumentsWithoutStopWords() throws {
        let corpus = try TestCorpora.make([
            ("a", nil, "ann", "The refund, the REFUND and the order"),
            ("b", nil, "bob", "order 42 arrived"),
        ])
        let frequencies = TermFrequencies.count(in: corpus, limit: 3) { _ in true }
        #expect(
            frequencies.top == [
                .init(term: "order", count: 2, documents: 2),
                .init(term: "refund", count: 2, documents: 1),
                .init(term: "arrived", count: 1, documents: 1),
            ])
        #expect(frequencies.tokenCount == 9)
    }
}

@Suite struct TimeBucketTests {
    @Test func labelsSortInTimeOrder() {
        let time = 1_715_003_630.0  // 2024-05-06T13:53:50Z, a Monday
        #expect(TimeBucket.day.label(of: time) == "2024-05-06")
        #expect(TimeBucket.week.label(of: time) == "2024-W19")
        #expect(TimeBucket.month.label(of: time) == "2024-05")
        #expect(TimeBucket.quarter.label(of: time) == "2024-Q2")
    }

    @Test func isoWeeksCrossYears() {
        // 2021-01-03 (a Sunday) is in week 53 of 2020; 2024-12-30 is in week 1 of 2025.
        #expect(TimeBucket.week.label(of: 1_609_632_000) == "2020-W53")
        #expect(TimeBucket.week.label(of: 1_735_516_800) == "2025-W01")
        #expect(TimeBucket.day.label(of: -1) == "1969-12-31")
    }
}

@Suite struct KeywordInContextTests {
    @Test func linesKeepContextOnBothSides() throws {
        let corpus = try TestCorpora.make([
            ("a", nil, "ann", "I asked for a Refund.\nStill no refund after weeks"),
            ("b", nil, "bob", "refunded"),
        ])
        guard let phrase = PhraseMatcher("refund") else {
            Issue.record("no matcher")
            return
        }
        let hits = KeywordInContext.hits(
            in: corpus, limit: nil, where: { _ in true },
            find: { phrase.firstMatch(in: $0, from: $1) })
        #expect(hits.map(\.utterance) == [0, 0])
        let line = KeywordInContext.line(for: hits[0], in: corpus, width: 8)
        #expect(line == .init(left: "d for a ", match: "Refund", right: ". Still "))
        let limited = KeywordInContext.hits(
            in: corpus, limit: 1, where: { _ in true },
            find: { phrase.firstMatch(in: $0, from: $1) })
        #expect(limited.count == 1)
    }

    @Test func regexMatchesReportRangesAndEmptyMatchesMoveOn() throws {
        let corpus = try TestCorpora.make([("a", nil, "ann", "aXbxc")])
        let regex = try POSIXRegex("x*", reportsRanges: true)
        let hits = KeywordInContext.hits(
            in: corpus, limit: nil, where: { _ in true },
            find: { regex.firstMatch(in: $0, from: $1) })
        #expect(hits.count >= 3)
        #expect(hits.contains { $0.range == 1..<2 })
    }
}

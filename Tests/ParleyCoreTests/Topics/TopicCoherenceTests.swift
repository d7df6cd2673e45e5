import ParleyCore
import Testing

@Suite struct TopicCoherenceTests {
    /// Four utterances: "a b", "a b", "a c", "d".
    /// D(a)=3, D(b)=2, D(c)=1, D(a,b)=2, D(a,c)=1, D(b,c)=0, N=4.
    private func scorer() throws -> TopicCoherence {
        let matrix = try DocumentTermMatrix(
            texts: ["apple bread", "apple bread", "apple cheese", "dates"],
            pruning: .init(minimumDocuments: 1, maximumDocumentShare: 1))
        return TopicCoherence(counts: matrix.counts, terms: matrix.terms)
    }

    @Test func pairWorkedByHand() throws {
        let coherence = try scorer()
        // P(a,b)=1/2, P(a)=3/4, P(b)=1/2: ln((1/2)/(3/8)) / −ln(1/2) = ln(4/3)/ln 2 ≈ 0.41504
        #expect(abs(coherence.pairNPMI("apple", "bread") - 0.415_037_5) < 1e-6)
        // P(a,c)=1/4, P(a)=3/4, P(c)=1/4: ln((1/4)/(3/16)) / ln 4 = ln(4/3)/ln 4 ≈ 0.20752
        #expect(abs(coherence.pairNPMI("apple", "cheese") - 0.207_518_7) < 1e-6)
        // Never together: −1.
        #expect(coherence.pairNPMI("bread", "cheese") == -1)
        #expect(coherence.pairNPMI("apple", "unseen") == -1)
    }

    @Test func topicIsTheMeanOfItsPairs() throws {
        let coherence = try scorer()
        let expected = (0.415_037_5 + 0.207_518_7 - 1) / 3
        #expect(abs(coherence.npmi(["apple", "bread", "cheese"]) - expected) < 1e-6)
    }

    @Test func diversityCountsDistinctTopWords() {
        #expect(TopicCoherence.diversity([["a", "b"], ["c", "d"]]) == 1)
        #expect(TopicCoherence.diversity([["a", "b"], ["a", "c"]]) == 0.75)
        let long = (0..<30).map { "w\($0)" }
        // Only the first 25 of each topic count: 25 distinct of 50.
        #expect(TopicCoherence.diversity([long, long]) == 0.5)
    }
}

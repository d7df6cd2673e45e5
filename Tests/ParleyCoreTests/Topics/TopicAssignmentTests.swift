import ParleyCore
import Testing

@Suite struct TopicAssignmentTests {
    @Test func dominantTopicAboveThreshold() {
        var weights = DenseMatrix(rows: 4, columns: 3)
        weights.values = [0.1, 0.5, 0.2, 0, 0, 0, 0.3, 0.3, 0.1, 0.05, 0.02, 0]
        #expect(TopicAssignment.dominantTopics(weights, threshold: 0) == [1, nil, 0, 0])
        #expect(TopicAssignment.dominantTopics(weights, threshold: 0.1) == [1, nil, 0, nil])
    }

    @Test func proposalTakesTopTerms() {
        let topic = TopicDiscovery.Topic(
            number: 4, terms: (0..<12).map { "w\($0)" }, termWeights: [], size: 0,
            representatives: [], coherence: 0)
        let proposal = TopicThemeProposal(topic: topic, name: "billing", keywordCount: 3)
        #expect(proposal.keywords == ["w0", "w1", "w2"])
        #expect(proposal.name == "billing")
        #expect(proposal.description.hasPrefix("Proposed from topic 4: w0, w1"))
    }
}

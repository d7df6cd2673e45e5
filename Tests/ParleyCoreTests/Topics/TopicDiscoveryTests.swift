import ParleyCore
import ParleyTestSupport
import Testing

@Suite struct TopicDiscoveryTests {
    private func discover(_ planted: PlantedTopics, seed: UInt64 = 7) throws -> TopicDiscovery {
        let matrix = try DocumentTermMatrix(texts: planted.texts)
        return try TopicDiscovery.discover(
            in: matrix, options: .init(topicCount: PlantedTopics.topicCount, seed: seed))
    }

    @Test func recoversEveryPlantedTopic() throws {
        let planted = PlantedTopics(count: 600, seed: 11)
        let discovery = try discover(planted)
        var matched = Set<Int>()
        for topic in discovery.topics {
            let top = Set(topic.terms.prefix(8))
            let owner = (0..<PlantedTopics.topicCount).first {
                top.isSubset(of: PlantedTopics.topicWords($0))
            }
            let found = try #require(owner, "topic \(topic.number) mixes words: \(top)")
            matched.insert(found)
        }
        #expect(matched.count == PlantedTopics.topicCount)
    }

    @Test func sizesFollowThePlantedLabels() throws {
        let planted = PlantedTopics(count: 600, seed: 11)
        let discovery = try discover(planted)
        let plantedSizes = (0..<PlantedTopics.topicCount).map { topic in
            planted.labels.filter { $0 == topic }.count
        }
        #expect(discovery.topics.map(\.size).sorted() == plantedSizes.sorted())
        // Each topic's 12 own words come first; the rest of its top 25 is shared noise.
        let ownWords = discovery.topics.map { Array($0.terms.prefix(PlantedTopics.wordsPerTopic)) }
        #expect(TopicCoherence.diversity(ownWords) == 1)
        #expect(discovery.diversity > 0.48 && discovery.diversity < 1)
        for topic in discovery.topics {
            #expect(topic.representatives.count == 3)
            #expect(topic.coherence > 0)
        }
    }

    @Test func sameSeedSameTopics() throws {
        let planted = PlantedTopics(count: 400, seed: 3)
        let first = try discover(planted, seed: 5)
        let second = try discover(planted, seed: 5)
        #expect(first.topics == second.topics)
        #expect(first.weights == second.weights)
        #expect(first.iterations == second.iterations)
    }

    @Test func refusesMoreTopicsThanTerms() throws {
        let matrix = try DocumentTermMatrix(texts: ["apple pear", "apple pear", "plum"])
        #expect(throws: TopicDiscoveryError.tooFewTerms(topics: 5, utterances: 3, terms: 2)) {
            try TopicDiscovery.discover(in: matrix, options: .init(topicCount: 5))
        }
    }

    @Test func stopsWhenCancelled() throws {
        let planted = PlantedTopics(count: 200, seed: 1)
        let matrix = try DocumentTermMatrix(texts: planted.texts)
        #expect(throws: CancelledError.self) {
            try TopicDiscovery.discover(
                in: matrix, options: .init(topicCount: 3), cancellation: Cancellation { true })
        }
    }

    @Test func discoversInCorpusUtterancesChosen() throws {
        let planted = PlantedTopics(count: 300, seed: 9)
        let corpus = try TestCorpora.make(
            planted.texts.enumerated().map { TestCorpora.Record("u\($0)", text: $1) })
        let chosen = Array(stride(from: 0, to: 300, by: 2))
        let discovery = try TopicDiscovery.discover(
            in: corpus, indices: chosen, options: .init(topicCount: 5, seed: 1))
        #expect(discovery.utterances == chosen)
        #expect(discovery.topics.allSatisfy { $0.representatives.allSatisfy { $0 % 2 == 0 } })
    }
}

/// Turning discovered topics into coding: each utterance's dominant topic, and a theme
/// proposal from a topic's top terms (the codebook itself belongs to the themes code).
public enum TopicAssignment {
    /// For each row of `weights`, the topic (0-based column) with the largest weight if that
    /// weight is above `threshold`, else nil. Ties go to the lower topic; a row of zeros has
    /// no topic whatever the threshold.
    public static func dominantTopics(_ weights: DenseMatrix, threshold: Double) -> [Int?] {
        (0..<weights.rows).map { row in
            var best: Int?
            var bestWeight = 0.0
            for topic in 0..<weights.columns where weights[row, topic] > bestWeight {
                best = topic
                bestWeight = weights[row, topic]
            }
            return bestWeight > threshold ? best : nil
        }
    }

    /// Each modelled utterance with a dominant topic above `threshold`: its corpus index,
    /// the topic number (1-based) and the weight, in utterance order.
    public static func assignments(_ discovery: TopicDiscovery, threshold: Double)
        -> [(utterance: Int, topic: Int, weight: Double)]
    {
        let dominant = dominantTopics(discovery.weights, threshold: threshold)
        return dominant.enumerated().compactMap { row, topic in
            guard let topic else { return nil }
            return (discovery.utterances[row], topic + 1, discovery.weights[row, topic])
        }
    }
}

/// A codebook theme proposed from a topic: its name and keywords (the topic's top terms)
/// for the analyst to edit, and a description that says where it came from.
public struct TopicThemeProposal: Sendable, Equatable {
    public var name: String
    public var keywords: [String]
    public var description: String

    /// Keywords taken from a topic's top terms by default.
    public static let defaultKeywordCount = 8

    public init(topic: TopicDiscovery.Topic, name: String, keywordCount: Int = defaultKeywordCount)
    {
        self.name = name
        keywords = Array(topic.terms.prefix(keywordCount))
        description =
            "Proposed from topic \(topic.number): "
            + topic.terms.prefix(TopicCoherence.defaultTermCount).joined(separator: ", ")
    }
}

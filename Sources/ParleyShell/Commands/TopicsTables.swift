import ParleyCore

/// The values `topics` hands the renderer.
enum TopicsTables {
    static func overview(_ discovery: TopicDiscovery, termsShown: Int) -> Table {
        let total = max(discovery.utteranceCount, 1)
        let rows: [[Value]] = discovery.topics.map { topic in
            [
                .int(topic.number), .int(topic.size),
                .double(Double(topic.size) / Double(total)), .double(topic.coherence),
                .string(topic.terms.prefix(termsShown).joined(separator: " ")),
            ]
        }
        return Table(
            columns: [
                .init("topic", alignment: .right), .init("size", alignment: .right),
                .init("share", alignment: .right), .init("npmi", alignment: .right),
                .init("terms"),
            ], rows: rows)
    }

    /// One line for the analyst: what was modelled and the run's quality figures.
    static func summary(_ discovery: TopicDiscovery) -> String {
        let coherences = discovery.topics.map(\.coherence)
        let mean = coherences.reduce(0, +) / Double(max(coherences.count, 1))
        return "\(discovery.topics.count) topics in \(discovery.utteranceCount) utterances, "
            + "\(discovery.termCount) terms, seed \(discovery.options.seed), "
            + "\(discovery.iterations) iterations; mean NPMI \(rounded(mean)), "
            + "topic diversity \(rounded(discovery.diversity))"
    }

    private static func rounded(_ value: Double) -> String {
        String((value * 10_000).rounded() / 10_000)
    }

    static func detail(
        _ topic: TopicDiscovery.Topic, in discovery: TopicDiscovery, _ corpus: Corpus
    )
        -> Record
    {
        let terms = zip(topic.terms, topic.termWeights).map { term, weight in
            Value.record(["term": .string(term), "weight": .double(weight)])
        }
        let rowOf = Dictionary(
            discovery.utterances.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let representatives = topic.representatives.map { index in
            Value.record([
                "id": .string(corpus.id(of: index)),
                "weight": .optional(rowOf[index]) {
                    .double(discovery.weights[$0, topic.number - 1])
                },
                "text": .text(corpus.text(of: index)),
            ])
        }
        return [
            "topic": .int(topic.number), "size": .int(topic.size), "npmi": .double(topic.coherence),
            "terms": .list(terms), "representatives": .list(representatives),
        ]
    }

    static func proposal(_ proposal: TopicThemeProposal) -> Record {
        [
            "theme": .string(proposal.name),
            "keywords": .list(proposal.keywords.map(Value.string)),
            "description": .string(proposal.description),
        ]
    }
}

import ParleyCore

/// A small hand-built corpus for evaluation tests: two conversations, one answered by an
/// organization speaker, with times and metadata of every kind.
enum QueryFixtures {
    static let may1 = 1_714_521_600.0  // 2024-05-01T00:00:00Z
    static let hour = 3_600.0

    static func corpus() throws -> Corpus {
        var builder = CorpusBuilder()
        let records = [
            UtteranceRecord(
                id: "a", speaker: "ann", timestamp: may1 + 10 * hour,
                text: "My order never arrived. I want a REFUND!", role: .customer,
                metadata: [("score", .number("5")), ("channel", .string("app"))]),
            UtteranceRecord(
                id: "b", replyTo: "a", speaker: "Brand", timestamp: may1 + 12 * hour,
                text: "Sorry Ann, we've refunded your order.", role: .organization,
                metadata: [("score", .string("12"))]),
            UtteranceRecord(
                id: "c", replyTo: "b", speaker: "ann", timestamp: may1 + 33 * hour,
                text: "Thanks, refund received", metadata: [("channel", .null)]),
            UtteranceRecord(id: "d", speaker: "bob", text: "Where is my parcel?"),
            UtteranceRecord(
                id: "e", replyTo: "d", speaker: "bob", timestamp: may1 + 31 * 24 * hour,
                text: "Hello??? cancel my   order please"),
        ]
        for record in records { _ = builder.add(record) }
        return try builder.build()
    }

    /// The ids of the utterances `expression` accepts.
    static func ids(_ expression: String, in corpus: Corpus) throws -> [String] {
        let predicate = try QueryPredicate(QueryParser.parse(expression), in: corpus)
        return predicate.matchingIndices().map(corpus.id(of:))
    }
}

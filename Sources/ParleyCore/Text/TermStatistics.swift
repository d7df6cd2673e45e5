/// Term frequencies over a set of utterances: how often each term occurs and in how many
/// utterances (document frequency).
public struct TermFrequencies: Sendable {
    public struct Entry: Sendable, Equatable {
        public var term: String
        public var count: Int
        public var documents: Int
    }

    /// The `limit` most frequent terms, stop words left out; ties by document frequency,
    /// then alphabetically.
    public var top: [Entry]
    /// Word tokens counted, stop words included.
    public var tokenCount: Int
    public var utteranceCount: Int

    /// Counts the words of the utterances for which `include` holds.
    public static func count(
        in corpus: Corpus, limit: Int, where include: (Int) -> Bool
    ) -> TermFrequencies {
        var counter = TermCounter()
        var counts: [Int] = []
        var documents: [Int] = []
        var lastSeen: [Int] = []
        var tokens = 0
        var utterances = 0
        for index in corpus.utteranceIndices where include(index) {
            utterances += 1
            corpus.withTextBytes(of: index) { bytes in
                counter.forEachTerm(in: bytes) { id in
                    if id == counts.count {
                        counts.append(0)
                        documents.append(0)
                        lastSeen.append(-1)
                    }
                    counts[id] += 1
                    tokens += 1
                    if lastSeen[id] != index {
                        lastSeen[id] = index
                        documents[id] += 1
                    }
                }
            }
        }
        let vocabulary = counter.vocabulary
        let ranked = counts.indices.filter { !vocabulary.isStopWord[$0] }.sorted { a, b in
            if counts[a] != counts[b] { return counts[a] > counts[b] }
            if documents[a] != documents[b] { return documents[a] > documents[b] }
            return vocabulary.term(a) < vocabulary.term(b)
        }
        let top = ranked.prefix(limit).map {
            Entry(term: vocabulary.term($0), count: counts[$0], documents: documents[$0])
        }
        return TermFrequencies(top: top, tokenCount: tokens, utteranceCount: utterances)
    }
}

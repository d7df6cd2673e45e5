extension Corpus {
    /// A corpus of just the utterances at `indices` (in that order), with their speakers'
    /// roles, times, texts, metadata and sources. Each keeps its reply-to id as the data gave
    /// it; a reply whose parent was left out becomes an orphan of the subset.
    public func subset(_ indices: [Int], cancellation: Cancellation = .never) throws -> Corpus {
        var builder = CorpusBuilder()
        builder.reserveCapacity(indices.count)
        for (position, index) in indices.enumerated() {
            if position & 0xFFFF == 0, cancellation.isCancelled { throw CancelledError() }
            _ = builder.add(
                UtteranceRecord(
                    id: id(of: index), replyTo: replyTo(of: index), speaker: speakerID(of: index),
                    timestamp: timestamp(of: index), text: text(of: index),
                    role: role(of: index), metadata: metadata.entries(of: index),
                    source: source(of: index)))
        }
        return try builder.build(cancellation: cancellation)
    }
}

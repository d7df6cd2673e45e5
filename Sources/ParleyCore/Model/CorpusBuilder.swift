/// Collects utterance records, one at a time, then resolves reply links into a ``Corpus``.
///
/// Readers stream records into a builder, so memory follows the corpus, not the file.
/// Several files can feed one builder; ids must be unique across all of them.
public struct CorpusBuilder: Sendable {
    /// What happened to a record handed to ``add(_:)``.
    public enum AddOutcome: Sendable, Equatable {
        case added(index: Int)
        /// The id was already taken; the record was not added (the earlier one wins).
        case duplicate(firstIndex: Int, firstSource: SourceLocation?)
    }

    private var corpus = Corpus()
    private var sourceFileIndex: [String: Int32] = [:]

    public init() {}

    /// Starts from an existing corpus, to add more utterances to it.
    public init(appendingTo existing: Corpus) {
        corpus = existing
        for (index, file) in existing.sourceFiles.enumerated() {
            sourceFileIndex[file] = Int32(index)
        }
    }

    public var count: Int { corpus.utteranceCount }

    public mutating func reserveCapacity(_ utterances: Int, textBytes: Int = 0) {
        corpus.ids.reserveCapacity(strings: utterances, bytes: utterances * 12)
        corpus.texts.reserveCapacity(strings: utterances, bytes: textBytes)
        corpus.replyToIDs.reserveCapacity(strings: utterances, bytes: utterances * 12)
        corpus.speakerOfUtterance.reserveCapacity(utterances)
        corpus.timestamps.reserveCapacity(utterances)
        corpus.sourceFileOfUtterance.reserveCapacity(utterances)
        corpus.sourceLineOfUtterance.reserveCapacity(utterances)
        corpus.indexOfID.reserveCapacity(utterances)
    }

    public func index(ofID id: String) -> Int? { corpus.index(ofID: id) }

    /// Adds a record unless its id is taken.
    public mutating func add(_ record: UtteranceRecord) -> AddOutcome {
        let newIndex = Int32(corpus.utteranceCount)
        let (inserted, existing) = insertID(record.id, index: newIndex)
        guard inserted else {
            return .duplicate(
                firstIndex: Int(existing), firstSource: corpus.source(of: Int(existing)))
        }
        corpus.ids.append(record.id)
        corpus.texts.append(record.text)
        corpus.replyToIDs.append(record.replyTo ?? "")
        let speaker = internSpeaker(record.speaker ?? Speaker.unknownID)
        corpus.speakerOfUtterance.append(speaker)
        corpus.speakerUtteranceCounts[Int(speaker)] += 1
        if record.role == .organization { corpus.speakerRoles[Int(speaker)] = .organization }
        corpus.timestamps.append(record.timestamp ?? .nan)
        if let source = record.source {
            corpus.sourceFileOfUtterance.append(internSourceFile(source.file))
            corpus.sourceLineOfUtterance.append(Int32(clamping: source.line))
        } else {
            corpus.sourceFileOfUtterance.append(-1)
            corpus.sourceLineOfUtterance.append(0)
        }
        corpus.metadata.appendUtterance(record.metadata)
        return .added(index: Int(newIndex))
    }

    /// Resolves reply links: a reply to a missing id becomes a root and is counted as an
    /// orphan; reply cycles are broken (see ``ReplyForest``).
    public func build(cancellation: Cancellation = .never) throws -> Corpus {
        var result = corpus
        var parents = [Int32](repeating: -1, count: result.utteranceCount)
        var orphans: [Int] = []
        for index in result.utteranceIndices where result.replyToIDs.byteLength(index) > 0 {
            if index & 0xFFFF == 0, cancellation.isCancelled { throw CancelledError() }
            if let parent = result.indexOfID[result.replyToIDs[index]] {
                parents[index] = parent
            } else {
                orphans.append(index)
            }
        }
        result.forest = try ReplyForest(
            parents: parents, orphans: orphans, cancellation: cancellation)
        return result
    }

    private mutating func insertID(_ id: String, index: Int32) -> (Bool, Int32) {
        if let existing = corpus.indexOfID[id] { return (false, existing) }
        corpus.indexOfID[id] = index
        return (true, index)
    }

    private mutating func internSpeaker(_ id: String) -> Int32 {
        if let existing = corpus.indexOfSpeaker[id] { return existing }
        let new = Int32(corpus.speakerIDs.count)
        corpus.speakerIDs.append(id)
        corpus.speakerRoles.append(.customer)
        corpus.speakerUtteranceCounts.append(0)
        corpus.indexOfSpeaker[id] = new
        return new
    }

    private mutating func internSourceFile(_ file: String) -> Int32 {
        if let existing = sourceFileIndex[file] { return existing }
        let new = Int32(corpus.sourceFiles.count)
        corpus.sourceFiles.append(file)
        sourceFileIndex[file] = new
        return new
    }
}

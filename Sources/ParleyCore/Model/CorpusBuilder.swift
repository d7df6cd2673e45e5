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
    /// Whether the texts are lent out (``lendTexts()``): records then come without text.
    private var textsAreLent = false
    /// The utterance count when they were lent.
    private var textsLentAt = 0
    private var sourceFileIndex: [String: Int32] = [:]
    /// The last source file interned: consecutive records almost always share it.
    private var lastSourceFile: (name: String, index: Int32)?

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
        let total = corpus.utteranceCount + utterances
        corpus.ids.reserveCapacity(strings: total, bytes: total * 12)
        if !textsAreLent {
            corpus.texts.reserveCapacity(strings: total, bytes: corpus.texts.byteCount + textBytes)
        }
        corpus.replyLinks.reserveCapacity(total)
        corpus.speakerOfUtterance.reserveCapacity(total)
        corpus.timestamps.reserveCapacity(total)
        corpus.idIndex.reserveCapacity(total, in: corpus.ids)
        corpus.metadata.reserveCapacity(utterances: total)
    }

    public func index(ofID id: String) -> Int? { corpus.index(ofID: id) }

    /// Adds a record unless its id is taken.
    public mutating func add(_ record: UtteranceRecord) -> AddOutcome {
        var id = record.id
        var text = record.text
        var replyTo = record.replyTo ?? ""
        var speaker = record.speaker ?? Speaker.unknownID
        return id.withUTF8 { id in
            text.withUTF8 { text in
                replyTo.withUTF8 { replyTo in
                    speaker.withUTF8 { speaker in
                        add(
                            validUTF8ID: id, replyTo: replyTo, speaker: speaker,
                            timestamp: record.timestamp, text: text, role: record.role,
                            metadata: record.metadata, source: record.source)
                    }
                }
            }
        }
    }

    /// Adds a record given as UTF-8 bytes, unless its id is taken. The caller guarantees
    /// every buffer is valid UTF-8 (readers repair input first); an empty `replyTo` means
    /// no parent and an empty `speaker` means ``Speaker/unknownID``. Avoids creating a
    /// `String` per field, which dominates loading time on large files.
    public mutating func add(
        validUTF8ID id: UnsafeBufferPointer<UInt8>, replyTo: UnsafeBufferPointer<UInt8>,
        speaker: UnsafeBufferPointer<UInt8>, timestamp: Double?,
        text: UnsafeBufferPointer<UInt8>, role: Role?,
        metadata: [(key: String, value: MetadataValue)], source: SourceLocation?
    ) -> AddOutcome {
        let file = source.map { sourceFileNumber($0.file) } ?? -1
        return add(
            validUTF8ID: id, replyTo: replyTo, speaker: speaker, timestamp: timestamp,
            text: text, role: role, sourceFile: file,
            line: Int32(clamping: source?.line ?? 0)
        ) { store in
            for entry in metadata {
                var value = entry.value.text
                let key = store.internKey(entry.key)
                value.withUTF8 {
                    store.appendEntry(key: key, kind: entry.value.kind, validUTF8: $0)
                }
            }
        }
    }

    /// ``add(validUTF8ID:replyTo:speaker:timestamp:text:role:metadata:source:)`` for
    /// readers that keep records as bytes: the source file is a number from
    /// ``sourceFileNumber(_:)`` (-1 for none) and `appendMetadata` appends the record's
    /// entries to the store, only when the record is added. `text` is nil while the texts
    /// are lent out.
    mutating func add(
        validUTF8ID id: UnsafeBufferPointer<UInt8>, replyTo: UnsafeBufferPointer<UInt8>,
        speaker: UnsafeBufferPointer<UInt8>, timestamp: Double?,
        text: UnsafeBufferPointer<UInt8>?, role: Role?, sourceFile: Int32, line: Int32,
        metadata appendMetadata: (inout MetadataStore) -> Void
    ) -> AddOutcome {
        let newIndex = Int32(corpus.utteranceCount)
        if let existing = corpus.idIndex.insertIfAbsent(id, position: newIndex, table: corpus.ids) {
            return .duplicate(
                firstIndex: Int(existing), firstSource: corpus.source(of: Int(existing)))
        }
        corpus.ids.append(validUTF8: id)
        // After the id: a record that replies to itself finds itself, as the resolution at
        // `build` would, and the forest breaks that cycle.
        corpus.replyLinks.append(replyLink(replyTo))
        if let text {
            precondition(!textsAreLent, "a text given while the texts are lent out")
            corpus.texts.append(validUTF8: text)
        }
        let speakerIndex = internSpeaker(speaker)
        corpus.speakerOfUtterance.append(speakerIndex)
        corpus.speakerUtteranceCounts[Int(speakerIndex)] += 1
        if role == .organization { corpus.speakerRoles[Int(speakerIndex)] = .organization }
        corpus.timestamps.append(timestamp ?? .nan)
        noteSource(file: sourceFile, line: line, of: newIndex)
        appendMetadata(&corpus.metadata)
        corpus.metadata.finishUtterance()
        return .added(index: Int(newIndex))
    }

    /// Takes the texts out, for a reader that stores them on another thread while the
    /// builder adds the rest of its records (``BatchPipeline``); records are then added
    /// without text until ``returnTexts(_:dropped:)``.
    mutating func lendTexts() -> StringTable {
        precondition(!textsAreLent, "the texts are already lent out")
        textsAreLent = true
        textsLentAt = corpus.utteranceCount
        let texts = corpus.texts
        corpus.texts = StringTable()
        return texts
    }

    /// Takes back the texts lent by ``lendTexts()``: they hold the texts of the records
    /// offered since, in order, among them those not added. `dropped` numbers those, counted
    /// from the first record offered; texts past the records added are dropped too (a load
    /// that stopped).
    /// `texts` is taken (left empty): changed in place, never copied.
    mutating func returnTexts(_ texts: inout StringTable, dropped: [Int]) {
        precondition(textsAreLent, "no texts are lent out")
        texts.remove(sortedPositions: dropped.map { textsLentAt + $0 })
        texts.truncate(to: corpus.utteranceCount)
        corpus.texts = texts
        texts = StringTable()
        textsAreLent = false
    }

    /// Asks for what adding a record with these ids will look up to be brought into
    /// cache (see ``ByteStringIndex/prefetch(_:)``).
    @inline(__always)
    func prefetch(
        id: UnsafeBufferPointer<UInt8>, replyTo: UnsafeBufferPointer<UInt8>,
        speaker: UnsafeBufferPointer<UInt8>
    ) {
        corpus.idIndex.prefetch(id)
        if !replyTo.isEmpty { corpus.idIndex.prefetch(replyTo) }
        if !speaker.isEmpty { corpus.speakerIndex.prefetch(speaker) }
    }

    /// Resolves reply links: a reply to a missing id becomes a root and is counted as an
    /// orphan; reply cycles are broken (see ``ReplyForest``). The links themselves are
    /// resolved in place, and the forest takes them as its parents: one array of 4 bytes
    /// an utterance instead of two (a missing parent's link stays negative, which the
    /// forest reads as a root, and still names the id it asked for).
    public func build(cancellation: Cancellation = .never) throws -> Corpus {
        var result = corpus
        var links = result.replyLinks
        var orphans: [Int] = []
        let unresolved = result.unresolvedReplyToIDs
        let idIndex = result.idIndex
        let ids = result.ids
        for index in links.indices where links[index] < Corpus.noReplyTo {
            if index & 0xFFFF == 0, cancellation.isCancelled { throw CancelledError() }
            let entry = Int(Corpus.unresolvedEntry(links[index]))
            if let parent = unresolved.withBytes(entry, { idIndex.find($0, in: ids) }) {
                links[index] = parent
            } else {
                orphans.append(index)
            }
        }
        result.replyLinks = links
        result.forest = try ReplyForest(
            parents: links, orphans: orphans, cancellation: cancellation)
        return result
    }

    /// The reply link for a reply-to id: the parent's index if it is already loaded,
    /// else a new entry of the unresolved ids (resolved, or found missing, by `build`).
    private mutating func replyLink(_ replyTo: UnsafeBufferPointer<UInt8>) -> Int32 {
        if replyTo.isEmpty { return Corpus.noReplyTo }
        if let parent = corpus.idIndex.find(replyTo, in: corpus.ids) { return parent }
        let entry = corpus.unresolvedReplyToIDs.append(validUTF8: replyTo)
        return Corpus.unresolvedLink(entry)
    }

    private mutating func noteSource(file: Int32, line: Int32, of utterance: Int32) {
        if let last = corpus.sourceRuns.last, last.continues(Int(utterance), file: file, line: line)
        {
            return
        }
        corpus.sourceRuns.append(SourceRun(firstUtterance: utterance, file: file, firstLine: line))
    }

    private mutating func internSpeaker(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if bytes.isEmpty { return internSpeaker(Speaker.unknownID) }
        let new = Int32(corpus.speakerNames.count)
        if let existing = corpus.speakerIndex.insertIfAbsent(
            bytes, position: new, table: corpus.speakerNames)
        {
            return existing
        }
        corpus.speakerNames.append(validUTF8: bytes)
        corpus.speakerRoles.append(.customer)
        corpus.speakerUtteranceCounts.append(0)
        return new
    }

    private mutating func internSpeaker(_ id: String) -> Int32 {
        var copy = id
        return copy.withUTF8 { internSpeaker($0) }
    }

    /// The number standing for source file `file` in the corpus, added if new.
    mutating func sourceFileNumber(_ file: String) -> Int32 {
        if let last = lastSourceFile, last.name == file { return last.index }
        let index: Int32
        if let existing = sourceFileIndex[file] {
            index = existing
        } else {
            index = Int32(corpus.sourceFiles.count)
            corpus.sourceFiles.append(file)
            sourceFileIndex[file] = index
        }
        lastSourceFile = (file, index)
        return index
    }
}

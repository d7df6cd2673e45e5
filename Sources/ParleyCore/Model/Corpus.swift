/// A loaded corpus: utterances stored column by column, speakers interned, and the reply
/// forest resolved. A value type; copies share storage until one is changed.
///
/// Build one with ``CorpusBuilder``.
public struct Corpus: Sendable {
    var ids: StringTable
    var texts: StringTable
    /// Reply links as loaded: the parent's index where it was already in the corpus when
    /// the reply was added (the common case, so most reply-to ids need no text of their
    /// own), ``noReplyTo`` where the data named none, or `-2 - k` for entry `k` of
    /// `unresolvedReplyToIDs` (a parent loaded later, or missing).
    var replyLinks: [Int32]
    var unresolvedReplyToIDs: StringTable
    var speakerOfUtterance: [Int32]
    /// Seconds since the epoch; NaN where the data gave no time.
    var timestamps: TimeColumn
    /// Source file and line by runs of utterances: files are loaded one after another and
    /// records mostly sit on consecutive lines, so a run covers many utterances.
    var sourceRuns: [SourceRun]
    var sourceFiles: [String]
    public internal(set) var metadata: MetadataStore
    var speakerRoles: [Role]
    var speakerUtteranceCounts: [Int32]
    /// Utterance position by id bytes (positions in `ids`).
    var idIndex: ByteStringIndex
    /// Speaker ids again as bytes, so readers intern speakers without making Strings.
    var speakerNames: StringTable
    /// Speaker position by id bytes (positions in `speakerNames`).
    var speakerIndex: ByteStringIndex
    public internal(set) var forest: ReplyForest

    /// An empty corpus.
    public init() {
        ids = StringTable()
        texts = StringTable()
        replyLinks = []
        unresolvedReplyToIDs = StringTable()
        speakerOfUtterance = []
        timestamps = TimeColumn()
        sourceRuns = []
        sourceFiles = []
        metadata = MetadataStore()
        speakerRoles = []
        speakerUtteranceCounts = []
        idIndex = ByteStringIndex()
        speakerNames = StringTable()
        speakerIndex = ByteStringIndex()
        forest = ReplyForest()
    }

    // MARK: Counts

    public var utteranceCount: Int { ids.count }
    public var speakerCount: Int { speakerNames.count }
    public var conversationCount: Int { forest.roots.count }
    public var isEmpty: Bool { ids.isEmpty }
    public var utteranceIndices: Range<Int> { 0..<ids.count }

    // MARK: Utterance columns

    public func id(of index: Int) -> String { ids[index] }
    public func text(of index: Int) -> String { texts[index] }

    /// Calls `body` with the UTF-8 bytes of an utterance's text, without copying them.
    public func withTextBytes<Result>(
        of index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try texts.withBytes(index, body)
    }

    public func textByteCount(of index: Int) -> Int { texts.byteLength(index) }

    public func replyTo(of index: Int) -> String? {
        let link = replyLinks[index]
        if link >= 0 { return ids[Int(link)] }
        if link == Self.noReplyTo { return nil }
        return unresolvedReplyToIDs[Int(Self.unresolvedEntry(link))]
    }

    public func speakerIndex(of index: Int) -> Int { Int(speakerOfUtterance[index]) }
    public func speakerID(of index: Int) -> String { speakerNames[speakerIndex(of: index)] }
    public func role(of index: Int) -> Role { speakerRoles[speakerIndex(of: index)] }

    public func timestamp(of index: Int) -> Double? {
        let value = timestamps[index]
        return value.isNaN ? nil : value
    }

    public func source(of index: Int) -> SourceLocation? {
        guard let run = sourceRun(of: index), run.file >= 0 else { return nil }
        let line = Int(run.firstLine) + index - Int(run.firstUtterance)
        return SourceLocation(file: sourceFiles[Int(run.file)], line: line)
    }

    public func index(ofID id: String) -> Int? {
        var key = id
        return key.withUTF8 { idIndex.find($0, in: ids) }.map(Int.init)
    }

    /// The whole utterance as a value.
    public func utterance(_ index: Int) -> Utterance {
        Utterance(
            index: index,
            id: id(of: index),
            speaker: speakerID(of: index),
            role: role(of: index),
            conversationID: id(of: forest.root(of: index)),
            replyTo: replyTo(of: index),
            parentIndex: forest.parent(of: index),
            timestamp: timestamp(of: index),
            text: text(of: index),
            depth: forest.depth(of: index),
            replyCount: forest.children(of: index).count,
            metadata: metadata.entries(of: index),
            source: source(of: index))
    }

    // MARK: Speakers

    public func speaker(_ speakerIndex: Int) -> Speaker {
        Speaker(
            id: speakerNames[speakerIndex], role: speakerRoles[speakerIndex],
            utteranceCount: Int(speakerUtteranceCounts[speakerIndex]))
    }

    public func speakerIndex(ofID id: String) -> Int? {
        var key = id
        return key.withUTF8 { speakerIndex.find($0, in: speakerNames) }.map(Int.init)
    }

    public var speakers: [Speaker] { (0..<speakerCount).map(speaker) }

    /// Sets a speaker's role.
    public mutating func setRole(_ role: Role, ofSpeaker speakerIndex: Int) {
        speakerRoles[speakerIndex] = role
    }

    // MARK: Conversations

    /// Conversation `index` (conversations are numbered by their roots' input order).
    public func conversation(_ index: Int) -> Conversation {
        let root = forest.roots[index]
        let members = forest.preorder(from: root)
        var speakers = Set<Int32>()
        var first: Double?
        var last: Double?
        var maxDepth = 0
        for member in members {
            speakers.insert(speakerOfUtterance[member.index])
            maxDepth = max(maxDepth, member.depth)
            if let time = timestamp(of: member.index) {
                first = min(first ?? time, time)
                last = max(last ?? time, time)
            }
        }
        return Conversation(
            id: id(of: root), rootIndex: root, utteranceCount: members.count,
            maxDepth: maxDepth, speakerCount: speakers.count,
            firstTimestamp: first, lastTimestamp: last)
    }

    public var conversations: [Conversation] {
        conversationSummaries()
    }

    /// Every conversation's summary in one pass over the utterances (cheaper than asking
    /// for each conversation in turn on a large corpus).
    public func conversationSummaries() -> [Conversation] {
        let count = conversationCount
        var sizes = [Int](repeating: 0, count: count)
        var depths = [Int](repeating: 0, count: count)
        var firsts = [Double](repeating: .nan, count: count)
        var lasts = [Double](repeating: .nan, count: count)
        var speakerSets = [Set<Int32>](repeating: [], count: count)
        for index in utteranceIndices {
            let conversation = forest.conversation(of: index)
            sizes[conversation] += 1
            depths[conversation] = max(depths[conversation], forest.depth(of: index))
            speakerSets[conversation].insert(speakerOfUtterance[index])
            let time = timestamps[index]
            if !time.isNaN {
                firsts[conversation] =
                    firsts[conversation].isNaN ? time : min(firsts[conversation], time)
                lasts[conversation] =
                    lasts[conversation].isNaN ? time : max(lasts[conversation], time)
            }
        }
        return (0..<count).map { conversation in
            Conversation(
                id: id(of: forest.roots[conversation]), rootIndex: forest.roots[conversation],
                utteranceCount: sizes[conversation], maxDepth: depths[conversation],
                speakerCount: speakerSets[conversation].count,
                firstTimestamp: firsts[conversation].isNaN ? nil : firsts[conversation],
                lastTimestamp: lasts[conversation].isNaN ? nil : lasts[conversation])
        }
    }

    // MARK: Memory

    /// Approximate bytes held by the corpus's own storage.
    public var approximateByteCount: Int {
        // Reply links (the forest's parents too) and speakers, four bytes each.
        ids.storageByteCount + texts.storageByteCount + unresolvedReplyToIDs.storageByteCount
            + idIndex.byteCount + metadata.byteCount + timestamps.byteCount
            + forest.byteCountBesideParents + utteranceCount * (4 + 4)
    }
}

/// Utterances from `firstUtterance` up to the next run's start came from file `file` (an
/// index into `sourceFiles`, or -1 for none), one record a line from `firstLine` on.
struct SourceRun: Sendable, Equatable {
    var firstUtterance: Int32
    var file: Int32
    var firstLine: Int32

    /// Whether utterance `index` from `file` at `line` continues this run.
    func continues(_ index: Int, file: Int32, line: Int32) -> Bool {
        file == self.file && (file < 0 || Int(line) - Int(firstLine) == index - Int(firstUtterance))
    }
}

extension Corpus {
    /// The reply link of an utterance whose data named no reply-to id.
    static let noReplyTo: Int32 = -1

    /// The reply link for entry `entry` of `unresolvedReplyToIDs`, and back.
    static func unresolvedLink(_ entry: Int) -> Int32 { Int32(-2 - entry) }
    static func unresolvedEntry(_ link: Int32) -> Int32 { -2 - link }

    /// The utterances loaded from `file`, as runs of consecutive indices.
    func utteranceRanges(loadedFrom file: String) -> [Range<Int>] {
        guard let fileNumber = sourceFiles.firstIndex(of: file).map(Int32.init) else { return [] }
        var ranges: [Range<Int>] = []
        for (position, run) in sourceRuns.enumerated() where run.file == fileNumber {
            let end =
                position + 1 < sourceRuns.count
                ? Int(sourceRuns[position + 1].firstUtterance) : utteranceCount
            let start = Int(run.firstUtterance)
            if let last = ranges.last, last.upperBound == start {
                ranges[ranges.count - 1] = last.lowerBound..<end
            } else {
                ranges.append(start..<end)
            }
        }
        return ranges
    }

    /// The source run holding utterance `index` (binary search), if any.
    func sourceRun(of index: Int) -> SourceRun? {
        guard !sourceRuns.isEmpty else { return nil }
        let next = sourceRuns.partitionPoint { Int($0.firstUtterance) > index }
        return sourceRuns[max(0, next - 1)]
    }
}

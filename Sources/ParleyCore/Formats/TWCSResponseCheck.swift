/// Cross-checks TWCS's two views of the reply links: each tweet's `response_tweet_id`
/// list against the replies' `in_response_to_tweet_id`. Only tweets loaded from the
/// report's file are checked, and ids outside the corpus are not disagreements (an
/// excerpt cuts threads).
///
/// Each tweet's list is read once, on its bytes, in parallel chunks, and held against the
/// tweet's own replies in the forest: nothing is kept per reply, only the warnings. (Making
/// a `String` of every list item and a source location of every tweet took a third of a
/// 1M-row load; marking every listed reply in arrays for a second pass added 4 MB to its
/// peak.)
enum TWCSResponseCheck {
    static func run(on corpus: Corpus, report: inout LoadReport) {
        let ranges = corpus.utteranceRanges(loadedFrom: report.file)
        let key = corpus.metadata.keyNumber(TWCSReader.Column.responses)
        var warnings: [Warning] = []
        for range in ranges {
            for part in readLists(range, key: key, ranges: ranges, in: corpus) {
                warnings += part
            }
        }
        // In file order; at one tweet, what its list says before what its own reply says.
        warnings.sort { ($0.index, $0.order) < ($1.index, $1.order) }
        for warning in warnings {
            guard let reason = warning.reason(in: corpus) else { continue }
            report.record(problem(at: warning.index, reason, in: corpus))
        }
    }

    private struct Warning {
        var index: Int
        /// Sorts a tweet's warnings: its list's (in list order) before its own.
        var order: Int
        var finding: Finding

        /// What was found, worded once the parallel part is over: the chunks use only
        /// the id index, the ids and the forest (using the whole corpus in their closures
        /// made the compiler copy it, twenty arrays retained and released, for every
        /// tweet).
        enum Finding {
            /// The list names `item`, the id of `reply`, which is not a reply to the tweet.
            case listsOther(item: String, reply: Int)
            /// The warning's tweet replies to `tweet`, whose list leaves it out.
            case unlisted(tweet: Int)
        }

        /// The warning's text, or nil where there is no disagreement after all.
        func reason(in corpus: Corpus) -> String? {
            switch finding {
            case .listsOther(let item, let reply):
                // A link broken to undo a cycle still names this tweet: not a disagreement.
                let parent = corpus.replyTo(of: reply)
                guard parent != corpus.id(of: index) else { return nil }
                return "response_tweet_id lists '\(item)', which replies to "
                    + (parent.map { "'\($0)'" } ?? "nothing")
            case .unlisted(let tweet):
                return "replies to '\(corpus.id(of: tweet))', whose response_tweet_id "
                    + "does not list it"
            }
        }
    }

    /// Reads the lists of the tweets in `range`, in chunks on all cores (each lookup waits
    /// for memory, so two cores halve it); each chunk's warnings come back in its slot.
    private static func readLists(
        _ range: Range<Int>, key: Int32?, ranges: [Range<Int>], in corpus: Corpus
    ) -> [[Warning]] {
        var parts = [[Warning]](repeating: [], count: ParallelRows.chunkCount(range.count))
        parts.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedRows(buffer: buffer)
            ParallelRows.forEachChunk(range.count) { rows in
                var warnings: [Warning] = []
                var named: [Int32] = []
                let lists = key.map { corpus.metadata.column(keyNumber: $0) }
                let (idIndex, ids, forest) = (corpus.idIndex, corpus.ids, corpus.forest)
                let first = range.lowerBound + rows.lowerBound
                forest.withChildLists { starts, children in
                    for group in stride(from: first, to: first + rows.count, by: prefetchAhead) {
                        let tweets = group..<min(group + prefetchAhead, first + rows.count)
                        for index in tweets {
                            lists?.withValueBytes(row: index) { list in
                                forEachItem(of: list) { idIndex.prefetch($0) }
                            }
                        }
                        for index in tweets {
                            if !named.isEmpty { named.removeAll(keepingCapacity: true) }
                            lists?.withValueBytes(row: index) { list in
                                checkList(
                                    list, of: index, idIndex: idIndex, ids: ids, forest: forest,
                                    named: &named, warnings: &warnings)
                            }
                            let (start, end) = (starts[index], starts[index + 1])
                            guard start < end else { continue }
                            checkReplies(
                                UnsafeBufferPointer(rebasing: children[start..<end]), of: index,
                                named: &named, ranges: ranges, warnings: &warnings)
                        }
                    }
                }
                shared.buffer[rows.lowerBound / ParallelRows.chunkSize] = warnings
            }
        }
        return parts
    }

    /// Collects the replies of `index` that `list` names; a named tweet that replies to
    /// another tweet is a warning.
    private static func checkList(
        _ list: UnsafeBufferPointer<UInt8>, of index: Int, idIndex: ByteStringIndex,
        ids: StringTable, forest: ReplyForest, named: inout [Int32], warnings: inout [Warning]
    ) {
        forEachItem(of: list) { item in
            guard let found = idIndex.find(item, in: ids) else { return }
            if forest.parent(of: Int(found)) == index {
                named.append(found)
                return
            }
            let itemText = String(decoding: item, as: UTF8.self)
            warnings.append(
                Warning(
                    index: index, order: warnings.count,
                    finding: .listsOther(item: itemText, reply: Int(found))))
        }
    }

    /// Warns at each of `replies` (those of `index`) from this file that `named` (what the
    /// tweet's list names) leaves out.
    private static func checkReplies(
        _ replies: UnsafeBufferPointer<Int32>, of index: Int, named: inout [Int32],
        ranges: [Range<Int>], warnings: inout [Warning]
    ) {
        // A long list (a hostile file can make one) is searched, not scanned per reply.
        let searched = named.count > 16
        if searched { named.sort() }
        for reply in replies {
            let isNamed = searched ? sortedContains(named, reply) : named.contains(reply)
            guard !isNamed, contains(ranges, Int(reply)) else { continue }
            warnings.append(
                Warning(index: Int(reply), order: Int.max, finding: .unlisted(tweet: index)))
        }
    }

    /// Whether `index` is in one of `ranges` (sorted, apart).
    private static func contains(_ ranges: [Range<Int>], _ index: Int) -> Bool {
        let found = ranges.partitionPoint { $0.upperBound > index }
        return found < ranges.count && ranges[found].contains(index)
    }

    private static func sortedContains(_ sorted: [Int32], _ value: Int32) -> Bool {
        let found = sorted.partitionPoint { $0 >= value }
        return found < sorted.count && sorted[found] == value
    }

    /// Tweets whose listed ids are prefetched before they are looked up (see
    /// ``ByteStringIndex/prefetch(_:)``).
    private static let prefetchAhead = 32

    /// Calls `body` with each comma-separated item of `list`, spaces trimmed, empty ones
    /// left out.
    private static func forEachItem(
        of list: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var start = 0
        while start <= list.count {
            var end = start
            while end < list.count, list[end] != UInt8(ascii: ",") { end += 1 }
            var (first, last) = (start, end)
            while first < last, isSpace(list[first]) { first += 1 }
            while last > first, isSpace(list[last - 1]) { last -= 1 }
            start = end + 1
            if first < last { body(UnsafeBufferPointer(rebasing: list[first..<last])) }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func problem(at index: Int, _ reason: String, in corpus: Corpus)
        -> LoadProblem
    {
        LoadProblem(corpus.source(of: index) ?? SourceLocation(file: "", line: 0), .warning, reason)
    }
}

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
                let first = range.lowerBound + rows.lowerBound
                let tweets = first..<(first + rows.count)
                let lists = key.map { corpus.metadata.column(keyNumber: $0) } ?? MetadataColumn()
                let (ids, idIndex) = (corpus.ids, corpus.idIndex)
                shared.buffer[rows.lowerBound / ParallelRows.chunkSize] =
                    ids.withUnsafeView { idView in
                        lists.withUnsafeView { lists in
                            corpus.forest.withUnsafeLinks { parents, starts, children in
                                let links = Links(
                                    ids: idView, parents: parents, starts: starts,
                                    children: children)
                                return check(
                                    tweets, lists: lists, links: links, ids: ids,
                                    idIndex: idIndex, ranges: ranges)
                            }
                        }
                    }
            }
        }
        return parts
    }

    /// The reply structure through pointers (``NarrowIntegers/UnsafeView``): the check
    /// passes them to functions that use no closures, since closures that captured the
    /// corpus, or just its forest, had the compiler copy them (a dozen arrays retained and
    /// released) for every tweet.
    private struct Links {
        let ids: StringTable.UnsafeView
        let parents: UnsafeBufferPointer<Int32>
        let starts: MonotoneOffsets.UnsafeView
        let children: UnsafeBufferPointer<Int32>

        func replies(of index: Int) -> UnsafeBufferPointer<Int32> {
            UnsafeBufferPointer(rebasing: children[starts[index]..<starts[index + 1]])
        }
    }

    private static func check(
        _ tweets: Range<Int>, lists: MetadataColumn.UnsafeView, links: Links, ids: StringTable,
        idIndex: ByteStringIndex, ranges: [Range<Int>]
    ) -> [Warning] {
        var warnings: [Warning] = []
        var named: [Int32] = []
        for index in tweets {
            if !named.isEmpty { named.removeAll(keepingCapacity: true) }
            let replies = links.replies(of: index)
            if let list = lists.value(row: index) {
                checkList(
                    list, of: index, replies: replies, links: links, ids: ids, idIndex: idIndex,
                    named: &named, warnings: &warnings)
            }
            guard !replies.isEmpty else { continue }
            checkReplies(replies, of: index, named: &named, ranges: ranges, warnings: &warnings)
        }
        return warnings
    }

    /// Collects the replies of `index` that `list` names; a named tweet that replies to
    /// another tweet is a warning. An item is first held against the ids of the tweet's own
    /// replies, which sit close by in a file in time order: looking every item up in the
    /// id index waited for memory each time.
    private static func checkList(
        _ list: UnsafeBufferPointer<UInt8>, of index: Int, replies: UnsafeBufferPointer<Int32>,
        links: Links, ids: StringTable, idIndex: ByteStringIndex, named: inout [Int32],
        warnings: inout [Warning]
    ) {
        // A hostile tweet with thousands of replies is looked up, not scanned per item.
        let scansReplies = replies.count <= 16
        var items = ListItems(list)
        nextItem: while let item = items.next() {
            if scansReplies {
                for reply in replies where links.ids[Int(reply)].elementsEqual(item) {
                    named.append(reply)
                    continue nextItem
                }
            }
            guard let found = idIndex.find(item, in: ids) else { continue }
            if links.parents[Int(found)] == index {
                named.append(found)
                continue
            }
            warnings.append(
                Warning(
                    index: index, order: warnings.count,
                    finding: .listsOther(
                        item: String(decoding: item, as: UTF8.self), reply: Int(found))))
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

    /// The comma-separated items of a list, spaces trimmed, empty ones left out.
    private struct ListItems: IteratorProtocol {
        let list: UnsafeBufferPointer<UInt8>
        var start = 0

        init(_ list: UnsafeBufferPointer<UInt8>) { self.list = list }

        mutating func next() -> UnsafeBufferPointer<UInt8>? {
            while start <= list.count {
                var end = start
                while end < list.count, list[end] != UInt8(ascii: ",") { end += 1 }
                var (first, last) = (start, end)
                while first < last, isSpace(list[first]) { first += 1 }
                while last > first, isSpace(list[last - 1]) { last -= 1 }
                start = end + 1
                if first < last { return UnsafeBufferPointer(rebasing: list[first..<last]) }
            }
            return nil
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

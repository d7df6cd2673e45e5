/// Cross-checks TWCS's two views of the reply links: each tweet's `response_tweet_id`
/// list against the replies' `in_response_to_tweet_id`. Only tweets loaded from the
/// report's file are checked, and ids outside the corpus are not disagreements (an
/// excerpt cuts threads).
///
/// Each list is read once, on its bytes, in parallel chunks: a reply its parent lists is marked, so a reply's
/// own check needs no second look at the parent's list. (Making a `String` of every list
/// item and a source location of every tweet took a third of a 1M-row load.)
enum TWCSResponseCheck {
    static func run(on corpus: Corpus, report: inout LoadReport) {
        let ranges = corpus.utteranceRanges(loadedFrom: report.file)
        var listed = [Bool](repeating: false, count: corpus.utteranceCount)
        var listWarnings: [Warning] = []
        if let key = corpus.metadata.keyNumber(TWCSReader.Column.responses) {
            for range in ranges {
                for part in readLists(range, key: key, in: corpus) {
                    for reply in part.listed { listed[Int(reply)] = true }
                    listWarnings += part.warnings
                }
            }
        }
        var pending = listWarnings[...]
        var inFile = [Bool](repeating: false, count: corpus.utteranceCount)
        for range in ranges { for index in range { inFile[index] = true } }
        for range in ranges {
            for index in range {
                while let next = pending.first, next.index == index {
                    report.record(problem(at: index, next.reason, in: corpus))
                    pending = pending.dropFirst()
                }
                guard let parent = corpus.forest.parent(of: index), inFile[parent],
                    !listed[index]
                else { continue }
                report.record(
                    problem(
                        at: index,
                        "replies to '\(corpus.id(of: parent))', whose response_tweet_id "
                            + "does not list it", in: corpus))
            }
        }
    }

    private struct Warning {
        var index: Int
        var reason: String
    }

    /// What the lists of one stretch of tweets say: the replies they name that do reply to
    /// them, and the warnings for those that do not, in tweet order.
    private struct ListReading {
        var listed: [Int32] = []
        var warnings: [Warning] = []
    }

    /// Reads the lists of the tweets in `range`, in chunks on all cores (each lookup waits
    /// for memory, so two cores halve it); chunks come back in order.
    private static func readLists(_ range: Range<Int>, key: Int32, in corpus: Corpus)
        -> [ListReading]
    {
        var parts = [ListReading](
            repeating: ListReading(), count: ParallelRows.chunkCount(range.count))
        parts.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedRows(buffer: buffer)
            ParallelRows.forEachChunk(range.count) { rows in
                var part = ListReading()
                let lists = corpus.metadata.column(keyNumber: key)
                let first = range.lowerBound + rows.lowerBound
                for group in stride(from: first, to: first + rows.count, by: prefetchAhead) {
                    let tweets = group..<min(group + prefetchAhead, first + rows.count)
                    for index in tweets {
                        lists.withValueBytes(row: index) { list in
                            forEachItem(of: list) { corpus.idIndex.prefetch($0) }
                        }
                    }
                    for index in tweets {
                        lists.withValueBytes(row: index) { list in
                            checkList(list, of: index, in: corpus, into: &part)
                        }
                    }
                }
                shared.buffer[rows.lowerBound / ParallelRows.chunkSize] = part
            }
        }
        return parts
    }

    /// Marks the replies `list` names that reply to `index`; a named reply that replies to
    /// another tweet is a warning.
    private static func checkList(
        _ list: UnsafeBufferPointer<UInt8>, of index: Int, in corpus: Corpus,
        into part: inout ListReading
    ) {
        forEachItem(of: list) { item in
            guard let found = corpus.idIndex.find(item, in: corpus.ids) else { return }
            let reply = Int(found)
            if corpus.forest.parent(of: reply) == index {
                part.listed.append(found)
                return
            }
            // A link broken to undo a cycle still names this tweet: not a disagreement.
            let parent = corpus.replyTo(of: reply)
            guard parent != corpus.id(of: index) else { return }
            let itemText = String(decoding: item, as: UTF8.self)
            part.warnings.append(
                Warning(
                    index: index,
                    reason: "response_tweet_id lists '\(itemText)', which replies to "
                        + (parent.map { "'\($0)'" } ?? "nothing")))
        }
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

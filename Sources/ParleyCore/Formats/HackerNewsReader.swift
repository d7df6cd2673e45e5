/// Reads Hacker News items (github.com/HackerNews/API): a JSON array of items, one item a
/// line (NDJSON), or pretty-printed items one after another (saved API responses). Each
/// item becomes an utterance (``HackerNewsParser``); stories are conversation roots.
///
/// After the load each item's `kids` is checked against the replies' `parent`, as TWCS's
/// `response_tweet_id` is (``HackerNewsKidsCheck``), and one warning counts the `dead` and
/// `deleted` items that were kept.
struct HackerNewsReader: CorpusReader {
    var format: CorpusFormat { .hackernews }

    var info: FormatInfo {
        FormatInfo(
            format: .hackernews,
            reads: "Hacker News items (JSON array, NDJSON or API responses): by, time, "
                + "parent; story title + text or url as the root; HTML to text; kids "
                + "cross-checked; dead and deleted kept and counted",
            writes: false,
            detection: "JSON items with id, by, time and a type of story, comment, poll, "
                + "pollopt or job",
            example: "load hn-items.json")
    }

    static let fieldNames: [UtteranceField: String] = [
        .id: "id", .parent: "parent", .speaker: "by", .text: "title + text", .time: "time",
    ]

    /// The input's layout, told from its first bytes.
    enum Layout {
        case array
        case lines
        /// Values spread over several lines each (`{` alone on the first line).
        case prettyPrinted
    }

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        guard !candidate.isDirectory, Self.layout(candidate.head) != nil else { return nil }
        let head = candidate.head[...]
        let types = ["story", "comment", "poll", "pollopt", "job"]
        guard ByteSearch.contains(head, "\"type\""), ByteSearch.contains(head, "\"id\"") else {
            return nil
        }
        let typed = types.contains { type in
            ByteSearch.contains(head, "\"\(type)\"")
        }
        // `by` too: a generic comment file with `id`, `time` and a `type` of `comment`
        // is not taken for Hacker News unless it names its authors as HN does.
        let named = ByteSearch.contains(head, "\"time\"") && ByteSearch.contains(head, "\"by\"")
        return typed && named ? .signature : nil
    }

    static func layout(_ head: [UInt8]) -> Layout? {
        let bytes = head.starts(with: BlockReader.byteOrderMark) ? head.dropFirst(3) : head[...]
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return nil }
        if bytes[first] == UInt8(ascii: "[") { return .array }
        guard bytes[first] == UInt8(ascii: "{") else { return nil }
        let line = bytes[(first + 1)...].prefix { $0 != 0x0A }
        return line.allSatisfy(isSpace) ? .prettyPrinted : .lines
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let file = try source.requireFile()
        let blocks = BlockReader(file: file, blockSize: blockSize)
        var report: LoadReport
        switch Self.layout(try file.head()) {
        case .lines, nil:
            report = try LineRecordReader.read(
                blocks, parser: HackerNewsParser(), report: file.report(format),
                options: options, keyNames: HackerNewsParser.metadataNames, into: &builder)
        case .array, .prettyPrinted:
            report = try readElements(
                blocks, isArray: Self.layout(try file.head()) == .array,
                report: file.report(format), options: options, into: &builder)
        }
        report.fieldNames = Self.fieldNames
        return report
    }

    /// An array or a sequence of values: split into elements (``HackerNewsElements``),
    /// each parsed as one record while the previous block's records are added.
    private func readElements(
        _ blocks: BlockReader, isArray: Bool, report: LoadReport, options: LoadOptions,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let pipeline = BatchPipeline(
            sink: RecordSink(report: report, options: options), builder: &builder)
        var splitter = HackerNewsElements(isArray: isArray)
        let job = ElementParseJob()
        do throws(LoadError) {
            try blocks.forEachBlockReadingAhead { (block, atEnd, readAhead) throws(LoadError) in
                job.split = splitter.split(block, atEnd: atEnd)
                job.block = block
                guard job.split.consumed > 0 || atEnd else { return 0 }
                try pipeline.step([job], readAhead: readAhead)
                return job.split.consumed
            }
        } catch {
            _ = try? pipeline.finish(into: &builder)
            throw error
        }
        return try pipeline.finish(into: &builder)
    }

    func check(_ corpus: Corpus, report: inout LoadReport) {
        HackerNewsKidsCheck.run(on: corpus, report: &report)
    }
}

/// Parses the elements one block's split found.
private final class ElementParseJob: ParseJob, @unchecked Sendable {
    private var parser = HackerNewsParser()
    var block = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var split = HackerNewsElements.Split()

    override func run() {
        batch.reset(expectedBytes: split.consumed)
        for element in split.elements {
            batch.beginRecord(line: element.line)
            parser.parse(
                UnsafeBufferPointer(rebasing: block[element.range]), column: element.column,
                into: &batch)
            batch.finishRecord()
        }
        if let problem = split.problem {
            batch.beginRecord(line: problem.line)
            batch.fail(problem.reason)
            batch.finishRecord()
        }
        batch.lineCount = split.lineCount
        batch.keyNames = HackerNewsParser.metadataNames
    }
}

/// Substring tests on the sniffed head of a file.
enum ByteSearch {
    static func contains(_ bytes: ArraySlice<UInt8>, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let firstByte = needle.first, bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: firstByte) {
            if bytes[found...].starts(with: needle) { return true }
            index = found + 1
        }
        return false
    }
}

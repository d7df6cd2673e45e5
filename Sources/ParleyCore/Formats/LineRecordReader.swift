#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses one line (one JSON record) into the record begun in `batch`.
protocol LineParser: Sendable {
    mutating func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, into batch: inout RecordBatch)
}

/// Streams a file of one record a line (Reddit's and Hacker News' NDJSON) through a
/// format's ``LineParser``: blocks of whole lines split in two and parsed on two threads
/// while the previous block's records are added (``BatchPipeline``), as ``JSONLReader``
/// does, without its field detection: these formats name their fields.
enum LineRecordReader {
    static func read<Parser: LineParser>(
        _ reader: BlockReader, parser: Parser, report: LoadReport, options: LoadOptions,
        keyNames: [String], into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let pipeline = BatchPipeline(
            sink: RecordSink(report: report, options: options), builder: &builder)
        let jobs = (0..<JSONLReader.parallelism).map { _ in
            LineParseJob(parser: parser, keyNames: keyNames)
        }
        do throws(LoadError) {
            try reader.forEachBlockReadingAhead { (block, atEnd, readAhead) throws(LoadError) in
                guard let cut = wholeLines(block, atEnd: atEnd) else { return 0 }
                let text = UnsafeBufferPointer(rebasing: block[..<cut])
                let count = text.count < JSONLReader.parallelThreshold ? 1 : jobs.count
                let pieces = split(text, into: count)
                for (job, piece) in zip(jobs, pieces) { job.text = piece }
                try pipeline.step(Array(jobs.prefix(pieces.count)), readAhead: readAhead)
                return cut
            }
        } catch {
            _ = try? pipeline.finish(into: &builder)
            throw error
        }
        return try pipeline.finish(into: &builder)
    }

    /// Parses every line of `text` into `batch`, emptied first; blank lines are passed
    /// over, line numbers count from 0.
    static func parse<Parser: LineParser>(
        _ text: UnsafeBufferPointer<UInt8>, with parser: inout Parser,
        into batch: inout RecordBatch
    ) {
        batch.reset(expectedBytes: text.count)
        guard let base = text.baseAddress else { return }
        var start = 0
        var line = 0
        while start < text.count {
            let newline = memchr(base + start, 0x0A, text.count - start)
            let stop =
                newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
                ?? text.count
            var lineEnd = stop
            if lineEnd > start, base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let bytes = UnsafeBufferPointer(start: base + start, count: lineEnd - start)
            if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                batch.beginRecord(line: line)
                parser.parseLine(bytes, into: &batch)
                batch.finishRecord()
            }
            line += 1
            start = stop + 1
        }
        batch.lineCount = line
    }

    private static func wholeLines(_ block: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Int? {
        if atEnd { return block.count }
        guard let last = block.lastIndex(of: 0x0A) else { return nil }
        return last + 1
    }

    /// Splits `text` into up to `count` pieces, each ending at a line break.
    private static func split(_ text: UnsafeBufferPointer<UInt8>, into count: Int)
        -> [UnsafeBufferPointer<UInt8>]
    {
        guard count > 1 else { return [text] }
        var pieces: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        for piece in 1..<count {
            let target = max(start, text.count * piece / count)
            guard target < text.count, let newline = text[target...].firstIndex(of: 0x0A)
            else { break }
            pieces.append(UnsafeBufferPointer(rebasing: text[start...newline]))
            start = newline + 1
        }
        pieces.append(UnsafeBufferPointer(rebasing: text[start...]))
        return pieces
    }
}

/// Parses one piece of a block; the parser is kept across blocks for its key cache.
private final class LineParseJob<Parser: LineParser>: ParseJob, @unchecked Sendable {
    private var parser: Parser
    private let keyNames: [String]
    var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    init(parser: Parser, keyNames: [String]) {
        self.parser = parser
        self.keyNames = keyNames
    }

    override func run() {
        LineRecordReader.parse(text, with: &parser, into: &batch)
        batch.keyNames = keyNames
    }
}

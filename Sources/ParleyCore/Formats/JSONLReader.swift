/// Reads a JSON Lines file into a builder. Each block of whole lines is split in two at a
/// line break; the halves are parsed on two threads while the previous block's records
/// are added (``BatchPipeline``). Batches are added in file order, so duplicate detection
/// ("first wins") and reports do not depend on timing.
enum JSONLReader {
    /// Pieces a block is parsed in. The machine this was tuned on has two cores.
    static let parallelism = 2
    /// Below this a block is parsed in one piece: not worth the hand-off.
    static let parallelThreshold = 256 << 10
    /// The most a reader buffers to find the records field detection looks at.
    static let sampleLimit = 16 << 20

    static func read(
        _ reader: BlockReader, report: LoadReport, options: LoadOptions,
        shaping: RecordShaping = RecordShaping(), into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let pipeline = BatchPipeline(
            sink: RecordSink(report: report, options: options, shaping: shaping),
            builder: &builder)
        var jobs: [JSONLParseJob] = []
        var mapping: FieldMapping?
        do throws(LoadError) {
            try reader.forEachBlockReadingAhead { (block, atEnd, readAhead) throws(LoadError) in
                guard let cut = wholeLines(block, atEnd: atEnd) else { return 0 }
                let text = UnsafeBufferPointer(rebasing: block[..<cut])
                if mapping == nil {
                    // Detection looks at the keys of the first records within the first
                    // `sampleLimit` bytes: read on until the block holds all of them, so
                    // the block size never changes what is detected. (Counting line breaks
                    // instead let blank and broken lines end the wait early.)
                    let sample = JSONKeyCollector.sample(text, byteLimit: sampleLimit)
                    if !atEnd, block.count < sampleLimit,
                        sample.recordCount < JSONKeyCollector.sampleSize
                    {
                        return 0
                    }
                    let resolved = try FieldMapping.resolve(
                        file: reader.file.path, available: sample.keys,
                        overrides: options.fieldNames)
                    mapping = resolved
                    jobs = (0..<parallelism).map { JSONLParseJob(resolved, keyNumbering: $0) }
                }
                let pieces = split(text, into: text.count < parallelThreshold ? 1 : jobs.count)
                for (job, piece) in zip(jobs, pieces) { job.text = piece }
                try pipeline.step(Array(jobs.prefix(pieces.count)), readAhead: readAhead)
                return cut
            }
        } catch {
            _ = try? pipeline.finish(into: &builder)
            throw error
        }
        var result = try pipeline.finish(into: &builder)
        result.fieldNames = mapping?.names ?? [:]
        return result
    }

    /// The length of the block's whole lines (all of it at the end of the file); nil when
    /// not even one line is complete.
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
            guard let newline = text[target...].firstIndex(of: 0x0A) else { break }
            pieces.append(UnsafeBufferPointer(rebasing: text[start...newline]))
            start = newline + 1
        }
        pieces.append(UnsafeBufferPointer(rebasing: text[start...]))
        return pieces
    }
}

/// Parses one piece of a block; the parser is kept across blocks for its key cache.
private final class JSONLParseJob: ParseJob, @unchecked Sendable {
    private var parser: JSONLParser
    var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    private let keyNumbering: Int

    init(_ mapping: FieldMapping, keyNumbering: Int) {
        parser = JSONLParser(mapping: mapping)
        self.keyNumbering = keyNumbering
    }

    override func run() {
        parser.parse(text, into: &batch)
        batch.keyNumbering = keyNumbering
    }
}

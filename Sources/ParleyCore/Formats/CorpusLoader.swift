/// Loads files into a corpus: detects each file's format, streams its records into one
/// ``CorpusBuilder`` and resolves the reply forest once at the end.
public enum CorpusLoader {
    public struct Result: Sendable {
        public var corpus: Corpus
        /// One report per file, in the order given.
        public var reports: [LoadReport]
    }

    /// Input bytes per utterance assumed when reserving room. Column and text capacity
    /// costs only address space until used (untouched pages are never resident), but the
    /// id index's slots are all written, so guessing too many utterances costs memory and
    /// too few costs a rehash; comment data runs 250–400 bytes a record.
    static let bytesPerUtteranceEstimate = 256

    /// Loads `paths` (a fresh corpus, or added to `existing`). Throws without side effects:
    /// on any error the caller's corpus is untouched.
    public static func load(
        _ paths: [String], options: LoadOptions, appendingTo existing: Corpus? = nil
    ) throws(LoadError) -> Result {
        try load(
            paths, options: options, appendingTo: existing, blockSize: BlockReader.defaultBlockSize)
    }

    /// ``load(_:options:appendingTo:)`` reading in blocks of `blockSize` bytes (tests use
    /// tiny blocks to put block ends everywhere; so do the fuzz targets, hence `package`).
    package static func load(
        _ paths: [String], options: LoadOptions, appendingTo existing: Corpus?, blockSize: Int
    ) throws(LoadError) -> Result {
        var builder = existing.map(CorpusBuilder.init(appendingTo:)) ?? CorpusBuilder()
        var files: [InputFile] = []
        for path in paths { files.append(try InputFile(path: path)) }
        let totalBytes = files.reduce(0) { $0 + $1.size }
        builder.reserveCapacity(
            totalBytes / bytesPerUtteranceEstimate + 1, textBytes: totalBytes)
        var reports: [LoadReport] = []
        for file in files {
            let reader = BlockReader(file: file, blockSize: blockSize)
            reports.append(try load(reader, options: options, into: &builder))
        }
        do {
            return Result(
                corpus: try builder.build(cancellation: options.cancellation), reports: reports)
        } catch {
            throw .cancelled
        }
    }

    private static func load(
        _ reader: BlockReader, options: LoadOptions, into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let file = reader.file
        let head = try file.head()
        if head.contains(0) { throw .binaryFile(file.path) }
        guard let format = options.format ?? FormatDetector.detect(path: file.path, head: head)
        else { throw .unknownFormat(file.path) }
        var report = LoadReport(file: file.path, format: format)
        report.byteCount = file.size
        switch format {
        case .jsonl:
            return try JSONLReader.read(reader, report: report, options: options, into: &builder)
        case .csv:
            return try CSVReader.read(
                reader, delimiter: UInt8(ascii: ","), report: report, options: options,
                into: &builder)
        case .tsv:
            return try CSVReader.read(
                reader, delimiter: 0x09, report: report, options: options, into: &builder)
        }
    }
}

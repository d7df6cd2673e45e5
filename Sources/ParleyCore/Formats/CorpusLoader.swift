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
        var inputs: [(source: ReaderSource, reader: any CorpusReader)] = []
        for path in paths { inputs.append(try open(path, options: options)) }
        let totalBytes = inputs.reduce(0) { $0 + $1.source.byteCount }
        builder.reserveCapacity(
            totalBytes / bytesPerUtteranceEstimate + 1, textBytes: totalBytes)
        var reports: [LoadReport] = []
        for input in inputs {
            reports.append(
                try input.reader.read(
                    input.source, options: options, blockSize: blockSize, into: &builder))
        }
        let corpus: Corpus
        do {
            corpus = try builder.build(cancellation: options.cancellation)
        } catch {
            throw .cancelled
        }
        for (index, input) in inputs.enumerated() {
            input.reader.check(corpus, report: &reports[index])
        }
        return Result(corpus: corpus, reports: reports)
    }

    /// Opens `path` and picks its reader (`--format`, else detection).
    private static func open(
        _ path: String, options: LoadOptions
    ) throws(LoadError) -> (source: ReaderSource, reader: any CorpusReader) {
        if FileProbe.isDirectory(path) {
            let candidate = FormatCandidate(
                path: path, isDirectory: true, head: [], directoryEntries: FileProbe.entries(path))
            guard let format = options.format ?? FormatRegistry.detect(candidate) else {
                throw .isDirectory(path)
            }
            return (.directory(path), FormatRegistry.reader(for: format))
        }
        let file = try InputFile(path: path)
        let head = try file.head()
        if head.contains(0) { throw .binaryFile(file.path) }
        let candidate = FormatCandidate(path: path, isDirectory: false, head: head)
        guard let format = options.format ?? FormatRegistry.detect(candidate) else {
            throw .unknownFormat(file.path)
        }
        return (.file(file), FormatRegistry.reader(for: format))
    }
}

extension ReaderSource {
    /// Input bytes, for reserving room ahead of the load.
    var byteCount: Int {
        switch self {
        case .file(let file): file.size
        case .directory(let path): FileProbe.size(path + "/" + ConvoKitLayout.utterancesFile)
        }
    }
}

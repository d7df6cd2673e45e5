/// Reads a CSV or TSV file (RFC 4180, header row required) into a builder, parsing each
/// block while the previous block's records are added (``BatchPipeline``).
enum CSVReader {
    static func read(
        _ reader: BlockReader, delimiter: UInt8, report: LoadReport, options: LoadOptions,
        shaping: RecordShaping = RecordShaping(), into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let pipeline = BatchPipeline(
            sink: RecordSink(report: report, options: options, shaping: shaping),
            builder: &builder)
        let job = CSVParseJob(CSVParser(delimiter: delimiter))
        var mapping: FieldMapping?
        do throws(LoadError) {
            try reader.forEachBlockReadingAhead { (block, atEnd, readAhead) throws(LoadError) in
                var used = 0
                if mapping == nil {
                    guard let header = job.parser.header(in: block, atEnd: atEnd) else {
                        return 0
                    }
                    let resolved = try FieldMapping.resolve(
                        file: reader.file.path, available: header.names.filter { !$0.isEmpty },
                        overrides: options.fieldNames)
                    job.parser.useColumns(header.names, mapping: resolved)
                    mapping = resolved
                    pipeline.skipLines(header.lineCount)
                    used = header.byteCount
                }
                job.block = UnsafeBufferPointer(rebasing: block[used...])
                job.atEnd = atEnd
                try pipeline.step([job], readAhead: readAhead)
                return used + job.used
            }
        } catch {
            _ = try? pipeline.finish(into: &builder)
            throw error
        }
        var result = try pipeline.finish(into: &builder)
        result.fieldNames = mapping?.names ?? [:]
        return result
    }
}

private final class CSVParseJob: ParseJob, @unchecked Sendable {
    var parser: CSVParser
    var block = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var atEnd = false
    var used = 0

    init(_ parser: CSVParser) { self.parser = parser }

    override func run() { used = parser.parse(block, atEnd: atEnd, into: &batch) }
}

/// Reads a CSV or TSV file (RFC 4180, header row required) into a builder.
enum CSVReader {
    static func read(
        _ file: InputFile, delimiter: UInt8, report: LoadReport, options: LoadOptions,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        var sink = RecordSink(report: report, options: options)
        var parser = CSVParser(delimiter: delimiter)
        var headerLines: Int?
        var mapping = FieldMapping?.none
        try BlockReader(file: file).forEachBlock { (block, atEnd) throws(LoadError) in
            var used = 0
            if headerLines == nil {
                guard let header = parser.header(in: block, atEnd: atEnd) else { return 0 }
                let named = header.names.filter { !$0.isEmpty }
                let resolved = try FieldMapping.resolve(
                    file: file.path, available: named, overrides: options.fieldNames)
                parser.useColumns(header.names, mapping: resolved)
                mapping = resolved
                headerLines = header.lineCount
                sink.skipLines(header.lineCount)
                used = header.byteCount
            }
            let rest = UnsafeBufferPointer(rebasing: block[used...])
            let (batch, batchUsed) = parser.parse(rest, atEnd: atEnd)
            try sink.add(batch, to: &builder)
            return used + batchUsed
        }
        var result = sink.report
        result.fieldNames = mapping?.names ?? [:]
        return result
    }
}

/// JSON Lines behind ``CorpusReader``: fields detected by name (``FieldMapping``).
struct JSONLFormatReader: CorpusReader {
    var format: CorpusFormat { .jsonl }

    var info: FormatInfo {
        FormatInfo(
            format: .jsonl,
            reads: "one JSON object a line; id, parent, speaker, text, time, role detected "
                + "by name (--map overrides); other keys kept as metadata",
            writes: true, detection: ".jsonl .ndjson .json, or a first '{'",
            example: "load corpora/quality-blog.jsonl")
    }

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        genericMatch(candidate, format: .jsonl)
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let file = try source.requireFile()
        return try JSONLReader.read(
            BlockReader(file: file, blockSize: blockSize), report: file.report(format),
            options: options, into: &builder)
    }
}

/// CSV or TSV behind ``CorpusReader``: RFC 4180, a header row names the fields.
struct DelimitedFormatReader: CorpusReader {
    let format: CorpusFormat

    var delimiter: UInt8 { format == .tsv ? 0x09 : UInt8(ascii: ",") }

    var info: FormatInfo {
        let name = format == .tsv ? "tab" : "comma"
        return FormatInfo(
            format: format,
            reads: "\(name)-separated values (RFC 4180, quoted newlines), header row mapped "
                + "as for jsonl; other columns kept as metadata",
            writes: format == .csv,
            detection: format == .tsv
                ? ".tsv .tab, or tabs in the first line" : ".csv, or commas in the first line",
            example: format == .tsv
                ? "load ratings.tsv --map text=comment" : "load corpora/support-conversations.csv")
    }

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        genericMatch(candidate, format: format)
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let file = try source.requireFile()
        return try CSVReader.read(
            BlockReader(file: file, blockSize: blockSize), delimiter: delimiter,
            report: file.report(format), options: options, into: &builder)
    }
}

/// A match by extension, else by the content's general shape.
private func genericMatch(_ candidate: FormatCandidate, format: CorpusFormat) -> FormatMatch? {
    guard !candidate.isDirectory else { return nil }
    if let byName = FormatDetector.byExtension(candidate.path) {
        return byName == format ? .fileExtension : nil
    }
    return FormatDetector.byContent(candidate.head) == format ? .content : nil
}

extension ReaderSource {
    /// The file, for readers that read one; a directory is an error.
    func requireFile() throws(LoadError) -> InputFile {
        switch self {
        case .file(let file): return file
        case .directory(let path): throw .isDirectory(path)
        }
    }
}

extension InputFile {
    /// A fresh report for reading this file as `format`.
    func report(_ format: CorpusFormat) -> LoadReport {
        var report = LoadReport(file: path, format: format)
        report.byteCount = size
        return report
    }
}

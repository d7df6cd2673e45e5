/// Reads the "Customer Support on Twitter" CSV (Thought Vector, Kaggle): `tweet_id`,
/// `author_id`, `inbound`, `created_at`, `text`, `response_tweet_id`,
/// `in_response_to_tweet_id`, sometimes after pandas' unnamed index column (ignored).
///
/// `inbound` False marks the brand's support account: its speaker is `organization`.
/// `in_response_to_tweet_id` (a float such as `3.0`) is the parent. After the load, each
/// comma-separated `response_tweet_id` is checked against the parents; a disagreement is
/// a warning that says which side is missing. Twitter's dates
/// (`Tue Oct 31 22:10:47 +0000 2017`) are read as UTC.
struct TWCSReader: CorpusReader {
    var format: CorpusFormat { .twcs }

    var info: FormatInfo {
        FormatInfo(
            format: .twcs,
            reads: "Customer Support on Twitter CSV: inbound False → organization, "
                + "in_response_to_tweet_id → parent, response_tweet_id cross-checked",
            writes: false,
            detection: "a CSV header with tweet_id, inbound and "
                + "in_response_to_tweet_id",
            example: "load twcs.csv")
    }

    /// Columns as the data set names them.
    enum Column {
        static let id = "tweet_id"
        static let speaker = "author_id"
        static let inbound = "inbound"
        static let time = "created_at"
        static let text = "text"
        static let responses = "response_tweet_id"
        static let parent = "in_response_to_tweet_id"
    }

    /// `inbound` values that mean the tweet came from the brand (pandas writes `False`).
    static let organizationValues: Set<String> = ["False", "false", "FALSE", "0"]

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        guard !candidate.isDirectory else { return nil }
        let header = FormatDetector.firstLine(candidate.head)
            .split(separator: UInt8(ascii: ","))
            .map { String(decoding: $0, as: UTF8.self).trimmingSpaces }
        let required = [Column.id, Column.inbound, Column.parent]
        return required.allSatisfy(header.contains) ? .signature : nil
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let file = try source.requireFile()
        var options = options
        let columns: [UtteranceField: String] = [
            .id: Column.id, .speaker: Column.speaker, .time: Column.time, .text: Column.text,
            .parent: Column.parent,
        ]
        options.fieldNames = columns.merging(options.fieldNames) { _, mapped in mapped }
        var shaping = RecordShaping()
        shaping.roleKey = Column.inbound
        shaping.organizationValues = Self.organizationValues
        return try CSVReader.read(
            BlockReader(file: file, blockSize: blockSize), delimiter: UInt8(ascii: ","),
            report: file.report(.twcs), options: options, shaping: shaping, into: &builder)
    }

    func check(_ corpus: Corpus, report: inout LoadReport) {
        TWCSResponseCheck.run(on: corpus, report: &report)
    }
}

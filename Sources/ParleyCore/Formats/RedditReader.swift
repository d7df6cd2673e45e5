/// Reads Reddit comments and submissions as the Pushshift and Arctic Shift dumps write
/// them: one JSON object a line (``RedditParser``). Comments and submissions may come in
/// one file or two (`load comments.json submissions.json`); either way a comment's
/// `parent_id` `t3_…` finds its submission, the root of the conversation.
///
/// `[deleted]` and `[removed]` bodies and authors are kept as they are (the reply
/// structure needs them); each such record gets metadata `removed`, and one warning per
/// file counts them (see ``check(_:report:)``).
struct RedditReader: CorpusReader {
    var format: CorpusFormat { .reddit }

    var info: FormatInfo {
        FormatInfo(
            format: .reddit,
            reads: "Pushshift NDJSON comments and submissions: t1_/t3_ prefixes dropped, "
                + "submissions as roots (title + selftext), [deleted]/[removed] kept and "
                + "counted, subreddit, score, link_id, permalink… as metadata",
            writes: false,
            detection: "JSON objects with subreddit and parent_id, link_id or name keys",
            example: "load comments.json submissions.json")
    }

    /// The source keys behind each utterance field, for the load summary.
    static let fieldNames: [UtteranceField: String] = [
        .id: "id", .parent: "parent_id", .speaker: "author", .text: "body / title+selftext",
        .time: "created_utc",
    ]

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        guard !candidate.isDirectory else { return nil }
        let head =
            candidate.head.starts(with: BlockReader.byteOrderMark)
            ? candidate.head.dropFirst(3) : candidate.head[...]
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard head.first(where: { !isSpace($0) }) == UInt8(ascii: "{") else { return nil }
        // The first record's keys, by their quoted names: a record longer than the sniffed
        // head still shows them (Pushshift writes keys in alphabetical order, and
        // `subreddit` comes after the long `body`, so look through all of the head).
        let firstLine = head.split(separator: 0x0A, maxSplits: 1).first ?? head
        guard ByteSearch.contains(firstLine, "\"subreddit\"") else { return nil }
        let linkKeys = ["\"parent_id\"", "\"link_id\"", "\"name\""]
        return linkKeys.contains { ByteSearch.contains(firstLine, $0) } ? .signature : nil
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let file = try source.requireFile()
        var report = try LineRecordReader.read(
            BlockReader(file: file, blockSize: blockSize), parser: RedditParser(),
            report: file.report(format), options: options, keyNames: RedditKeys.metadataNames,
            into: &builder)
        report.fieldNames = Self.fieldNames
        return report
    }

    /// Counts the file's records with a `[deleted]`/`[removed]` body or author: one
    /// warning at the first of them, so the load summary and `problems` show how many.
    func check(_ corpus: Corpus, report: inout LoadReport) {
        var removed = 0
        var deletedAuthors = 0
        var first: SourceLocation?
        for index in corpus.utteranceIndices {
            guard let source = corpus.source(of: index), source.file == report.file else {
                continue
            }
            let isRemoved = corpus.metadata.value(of: index, key: RedditKeys.removedKey) != nil
            let isDeletedAuthor = corpus.speakerID(of: index) == Self.deletedAuthor
            if isRemoved { removed += 1 }
            if isDeletedAuthor { deletedAuthors += 1 }
            if first == nil, isRemoved || isDeletedAuthor { first = source }
        }
        guard let first else { return }
        report.record(
            LoadProblem(
                first, .warning,
                "kept \(removed) [deleted]/[removed] bodies (metadata removed) and "
                    + "\(deletedAuthors) utterances by [deleted] authors"))
    }

    /// The author Reddit shows for a deleted account: all of them become one speaker.
    static let deletedAuthor = "[deleted]"
}

/// The files of a ConvoKit corpus directory (ConvoKit's `Corpus.dump` layout).
public enum ConvoKitLayout {
    public static let utterancesFile = "utterances.jsonl"
    public static let speakersFile = "speakers.json"
    public static let conversationsFile = "conversations.json"
    public static let corpusFile = "corpus.json"
    public static let indexFile = "index.json"
    /// Prefix of the metadata keys that hold an utterance's ConvoKit `meta` members.
    public static let utteranceMetaPrefix = "meta."
    /// Prefix of the metadata keys, on a conversation's root, that hold the conversation's
    /// `meta` members from `conversations.json`.
    public static let conversationMetaPrefix = "conversation."
    /// The speaker `meta` key Parley writes and reads a role under.
    public static let roleKey = "role"
}

/// Reads a ConvoKit corpus directory: `utterances.jsonl` through the JSON Lines reader,
/// with `meta` flattened to `meta.KEY` metadata, `vectors` and the derived
/// `conversation_id` dropped; `speakers.json` for roles; `conversations.json`'s `meta`
/// as `conversation.KEY` metadata on each conversation's root. `speakers.json`,
/// `conversations.json`, `corpus.json` and `index.json` may be missing.
///
/// Parley derives a conversation from the reply tree (its root's id), as ConvoKit does
/// by convention; a `conversation_id` that disagrees is not kept.
struct ConvoKitReader: CorpusReader {
    var format: CorpusFormat { .convokit }

    var info: FormatInfo {
        FormatInfo(
            format: .convokit,
            reads: "a ConvoKit corpus directory: utterances.jsonl (meta as meta.KEY), "
                + "speakers.json (roles), conversations.json (meta as conversation.KEY)",
            writes: true, detection: "a directory holding utterances.jsonl",
            example: "load corpora/convokit-sample")
    }

    /// Top-level utterance keys that are not kept as metadata.
    static let droppedKeys: Set<String> = ["vectors", "conversation_id", "root"]

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        candidate.isDirectory && candidate.directoryEntries.contains(ConvoKitLayout.utterancesFile)
            ? .signature : nil
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        let directory = Self.directory(of: source)
        let utterances: InputFile
        switch source {
        case .file(let file): utterances = file
        case .directory(let path):
            utterances = try InputFile(path: path + "/" + ConvoKitLayout.utterancesFile)
        }
        var sideReport = utterances.report(.convokit)
        var shaping = RecordShaping()
        shaping.flattenedKeys = ["meta"]
        shaping.droppedKeys = Self.droppedKeys
        shaping.organizationSpeakers = try ConvoKitSideFiles.organizationSpeakers(
            in: directory, report: &sideReport, policy: options.policy)
        shaping.extraMetadata = try ConvoKitSideFiles.conversationMetadata(
            in: directory, report: &sideReport, policy: options.policy)
        var report = try JSONLReader.read(
            BlockReader(file: utterances, blockSize: blockSize), report: sideReport,
            options: options, shaping: shaping, into: &builder)
        report.file = source.path
        return report
    }

    /// The corpus directory: the source itself, or the directory of a named
    /// `utterances.jsonl`.
    static func directory(of source: ReaderSource) -> String {
        switch source {
        case .directory(let path): return path
        case .file(let file):
            guard let slash = file.path.lastIndex(of: "/") else { return "." }
            return String(file.path[..<slash])
        }
    }
}

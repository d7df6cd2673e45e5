/// The formats Parley reads. Each has one reader (``FormatRegistry/reader(for:)``);
/// detection picks one by extension and content unless the user names it with `--format`.
/// The order here is the order `formats` lists them and errors name them.
public enum CorpusFormat: String, Sendable, CaseIterable, Hashable {
    case jsonl
    case csv
    case tsv
    case convokit
    case twcs
    case reddit
    case hackernews
    case atom
    case wordpress
    case disqus
}

/// The formats `export` writes.
public enum ExportFormat: String, Sendable, CaseIterable, Hashable {
    case jsonl
    case csv
    case convokit

    /// The format of an output path by its extension: `.jsonl`/`.ndjson`/`.json` and
    /// `.csv`; nil otherwise (a directory name for `convokit` has no telling extension).
    public static func byExtension(_ path: String) -> ExportFormat? {
        guard let format = FormatDetector.byExtension(path) else { return nil }
        switch format {
        case .jsonl: return .jsonl
        case .csv: return .csv
        case .tsv, .convokit, .twcs, .reddit, .hackernews, .atom, .wordpress, .disqus:
            return nil
        }
    }

    /// The reader that loads what this writer wrote.
    public var corpusFormat: CorpusFormat {
        switch self {
        case .jsonl: .jsonl
        case .csv: .csv
        case .convokit: .convokit
        }
    }
}

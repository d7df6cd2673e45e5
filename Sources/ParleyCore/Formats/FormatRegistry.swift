/// The one list of readers: ``CorpusLoader``, `--format`, detection and the `formats`
/// command all go through it. The switch is exhaustive, so a new ``CorpusFormat`` case
/// does not compile until it has a reader.
enum FormatRegistry {
    static func reader(for format: CorpusFormat) -> any CorpusReader {
        switch format {
        case .jsonl: JSONLFormatReader()
        case .csv: DelimitedFormatReader(format: .csv)
        case .tsv: DelimitedFormatReader(format: .tsv)
        case .convokit: ConvoKitReader()
        case .twcs: TWCSReader()
        case .reddit: RedditReader()
        case .hackernews: HackerNewsReader()
        case .atom: AtomReader()
        case .wordpress: WordPressReader()
        case .disqus: DisqusReader()
        }
    }

    static var readers: [any CorpusReader] { CorpusFormat.allCases.map(reader(for:)) }

    /// The best-matching format for `candidate`, or nil when no reader recognises it.
    static func detect(_ candidate: FormatCandidate) -> CorpusFormat? {
        var best: (format: CorpusFormat, match: FormatMatch)?
        for reader in readers {
            guard let match = reader.match(candidate) else { continue }
            if best.map({ match > $0.match }) ?? true { best = (reader.format, match) }
        }
        return best?.format
    }
}

/// The formats Parley reads. Each has one reader; detection picks one by extension and
/// content unless the user names it with `--format`.
public enum CorpusFormat: String, Sendable, CaseIterable, Hashable {
    case jsonl
    case csv
    case tsv
}

/// How results are written. `table` is the default on a terminal, `plain` elsewhere.
public enum OutputMode: String, CaseIterable, Sendable {
    case table
    case plain
    case json
    case jsonl
    case csv
    case markdown

    /// Modes that write each row as it is produced instead of materialising the result.
    public var streams: Bool {
        switch self {
        case .jsonl, .csv, .plain: true
        case .table, .json, .markdown: false
        }
    }
}

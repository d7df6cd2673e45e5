/// Why an export failed. Nothing is left at the target path claiming to be complete:
/// writers write to a temporary name beside it and rename only when done.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The target (or its temporary sibling) could not be written.
    case unwritable(String, reason: String)
    /// A ConvoKit export names a directory that already exists.
    case targetExists(String)
    /// The export's format could not be told from the name.
    case unknownFormat(String)
    case emptyCorpus

    /// One line, no trailing period, naming the path.
    public var description: String {
        switch self {
        case .unwritable(let path, let reason): "cannot export to \(path): \(reason)"
        case .targetExists(let path):
            "cannot export to \(path): it already exists (a ConvoKit corpus is a new directory)"
        case .unknownFormat(let path):
            "cannot export to \(path): unknown format (name one with --format: "
                + ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .emptyCorpus: "nothing to export: no corpus is loaded"
        }
    }
}

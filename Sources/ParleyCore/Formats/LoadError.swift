/// Why a load failed as a whole. The session keeps its current corpus when one is thrown.
public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileNotFound(String)
    case isDirectory(String)
    case emptyFile(String)
    /// The file looks like binary data (NUL bytes in its first block).
    case binaryFile(String)
    case unreadable(String, reason: String)
    /// The format could not be told from the name or the content.
    case unknownFormat(String)
    /// No usable id or text field could be found or was named by `--map`.
    case missingField(String, field: UtteranceField, available: [String])
    /// A `--map FIELD=NAME` whose NAME the file's records do not have.
    case mappedFieldMissing(String, field: UtteranceField, name: String, available: [String])
    /// Under `--strict`, the first bad record.
    case badRecord(LoadProblem)
    /// An id at `at` that a record of another file (`first`; nil when unknown) already
    /// has: `load A B` and `load --append C` merge files whose ids must not overlap, so
    /// nothing is loaded. (Within one file a repeated id is a skipped record instead.)
    case idClash(id: String, at: SourceLocation, first: SourceLocation?)
    case cancelled

    /// One line, no trailing period, naming the file.
    public var description: String {
        switch self {
        case .fileNotFound(let file): "cannot load \(file): no such file"
        case .isDirectory(let file): "cannot load \(file): it is a directory"
        case .emptyFile(let file): "cannot load \(file): the file is empty"
        case .binaryFile(let file): "cannot load \(file): it looks like binary data, not text"
        case .unreadable(let file, let reason): "cannot load \(file): \(reason)"
        case .unknownFormat(let file):
            "cannot load \(file): unknown format (name one with --format: "
                + CorpusFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .missingField(let file, let field, let available) where available.isEmpty:
            "cannot load \(file): no \(field.rawValue) field found: no readable record names "
                + "any field"
        case .missingField(let file, let field, let available):
            "cannot load \(file): no \(field.rawValue) field found among "
                + available.joined(separator: ", ")
                + " (name one with --map \(field.rawValue)=NAME)"
        case .mappedFieldMissing(let file, let field, let name, let available):
            "cannot load \(file): --map \(field.rawValue)=\(name) names no field of its records; "
                + "they have " + available.joined(separator: ", ")
        case .badRecord(let problem): "\(problem) (--strict: nothing loaded)"
        case .idClash(let id, let at, let first):
            "cannot load \(at.file): id '\(id)' at line \(at.line) is already loaded from "
                + (first.map(\.description) ?? "an earlier file")
                + " (ids must be unique across files; nothing loaded)"
        case .cancelled: "load cancelled; the corpus is unchanged"
        }
    }
}

/// Why a workspace could not be opened or changed. Every case leaves the file as it was.
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not an SQLite database, or one that is not a Parley workspace.
    case notAWorkspace(path: String)
    /// Written by a newer Parley, whose schema this one does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file is damaged (truncated, overwritten); `reason` is what SQLite or the check
    /// found.
    case corrupted(path: String, reason: String)
    /// The file cannot be opened or created (permissions, a missing directory, …).
    case cannotOpen(path: String, reason: String)
    /// Another Parley has the workspace open for writing; this one opened it read-only.
    case readOnly(path: String)
    /// Any other failure of the database, with SQLite's message.
    case database(String)

    public var description: String {
        switch self {
        case .notAWorkspace(let path):
            "'\(path)' is not a Parley workspace"
        case .newerSchema(let path, let found, let supported):
            "'\(path)' was written by a newer Parley (schema \(found); this Parley knows "
                + "up to \(supported)): upgrade Parley to open it"
        case .corrupted(let path, let reason):
            "'\(path)' is damaged and was not opened (\(reason)); the file was left as it is"
        case .cannotOpen(let path, let reason):
            "cannot open workspace '\(path)': \(reason)"
        case .readOnly(let path):
            "workspace '\(path)' is open read-only (another Parley is writing to it): "
                + "changes cannot be saved"
        case .database(let message):
            "workspace: \(message)"
        }
    }
}

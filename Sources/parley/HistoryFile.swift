import Foundation

/// Where interactive history is kept: `$XDG_STATE_HOME/parley/history`, falling back to
/// `~/.local/state/parley/history` (the XDG base directory specification's default).
enum HistoryFile {
    /// History keeps at most this many entries, in memory and in the file.
    static let maximumEntries: Int32 = 1_000

    /// The history path for `environment`, or nil when neither `XDG_STATE_HOME` nor
    /// `HOME` gives an absolute directory. A relative `XDG_STATE_HOME` is ignored, as the
    /// specification asks.
    static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/parley/history"
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return home + "/.local/state/parley/history"
        }
        return nil
    }

    /// Creates the file's directories and the file itself (readline's append needs an
    /// existing file). Throws when either cannot be made.
    static func prepare(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
    }
}

/// One entry of a directory listing, as the completer needs it.
public struct DirectoryEntry: Sendable, Equatable {
    public var name: String
    public var isDirectory: Bool

    public init(name: String, isDirectory: Bool) {
        self.name = name
        self.isDirectory = isDirectory
    }
}

/// Lists a directory's entries, or nil when it cannot be read. The completer takes one so
/// tests can stand in for the file system.
public typealias DirectoryLister = (_ directory: String) -> [DirectoryEntry]?

/// File path candidates for a partly typed path.
enum PathCompletion {
    /// Paths that begin with `typed`. A leading `~` or `~/` is replaced by `home`; hidden
    /// entries show only when the typed name starts with a dot. Directories end with `/`
    /// and are not complete, so the user can go on into them.
    static func candidates(
        for typed: String, home: String?, openQuote: CompletionLineScanner.Quote,
        listDirectory: DirectoryLister
    ) -> [Completion.Candidate] {
        let path = expandingTilde(typed, home: home)
        let directoryPart: Substring
        let namePrefix: Substring
        if let slash = path.lastIndex(of: "/") {
            directoryPart = path[...slash]
            namePrefix = path[path.index(after: slash)...]
        } else {
            directoryPart = ""
            namePrefix = path[...]
        }
        let entries = listDirectory(directoryPart.isEmpty ? "." : String(directoryPart)) ?? []
        let showHidden = namePrefix.hasPrefix(".")
        return entries.filter { entry in
            entry.name.hasPrefix(namePrefix) && (showHidden || !entry.name.hasPrefix("."))
                && entry.name != "." && entry.name != ".."
        }.map { entry in
            let suffix = entry.isDirectory ? "/" : ""
            let value = String(directoryPart) + entry.name + suffix
            return Completion.Candidate(
                CompletionQuoting.render(
                    value, openQuote: openQuote, closing: !entry.isDirectory),
                display: entry.name + suffix, isComplete: !entry.isDirectory)
        }
    }

    /// `~` and `~/rest` become the home directory; other text (including `~user`) stays.
    static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        let base = home.hasSuffix("/") ? String(home.dropLast()) : home
        return base + "/" + path.dropFirst(path == "~" ? 1 : 2)
    }
}

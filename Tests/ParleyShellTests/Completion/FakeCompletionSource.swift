import ParleyShell

/// A registry and corpus in miniature, for completion tests.
final class FakeCompletionSource: CompletionSource {
    let commandNames = ["help", "info", "list", "load", "mode", "quit", "show", "thread"]
    let ids = ["a1", "a2", "b7", "c 1", "é9"]

    func optionNames(ofCommand command: String) -> [String] {
        switch command {
        case "load": ["--format", "--map", "--strict"]
        case "thread": ["--full"]
        default: []
        }
    }

    func argumentKind(ofCommand command: String, after words: [String]) -> ArgumentKind {
        switch command {
        case "load":
            switch words.last {
            case "--map": .none
            case "--format": .choices(["csv", "jsonl", "tsv"])
            default: .filePath
            }
        case "show", "thread": words.isEmpty ? .utteranceID : .none
        case "help": .commandName
        case "mode": .choices(["csv", "json", "jsonl", "plain", "table"])
        default: .none
        }
    }

    func utteranceIDs(withPrefix prefix: String, limit: Int) -> [String] {
        Array(ids.filter { $0.hasPrefix(prefix) }.prefix(limit))
    }
}

/// A file system in miniature: directory path → entries.
struct FakeDirectories {
    var entries: [String: [DirectoryEntry]] = [
        ".": [
            DirectoryEntry(name: "corpora", isDirectory: true),
            DirectoryEntry(name: "core.prl", isDirectory: false),
            DirectoryEntry(name: "my file.jsonl", isDirectory: false),
            DirectoryEntry(name: "it's.csv", isDirectory: false),
            DirectoryEntry(name: ".hidden", isDirectory: false),
        ],
        "corpora/": [
            DirectoryEntry(name: "support.csv", isDirectory: false),
            DirectoryEntry(name: "blog.jsonl", isDirectory: false),
        ],
        "/home/ana/": [
            DirectoryEntry(name: "data", isDirectory: true),
            DirectoryEntry(name: "notes.txt", isDirectory: false),
        ],
    ]

    /// The entries of `directory`, or nil for one that does not exist.
    func list(_ directory: String) -> [DirectoryEntry]? { entries[directory] }
}

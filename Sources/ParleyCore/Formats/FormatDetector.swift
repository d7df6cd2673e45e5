/// Tells a file's format from its name, or failing that from its first bytes.
public enum FormatDetector {
    /// Formats by file extension (lower case, without the dot).
    public static let extensions: [String: CorpusFormat] = [
        "jsonl": .jsonl, "ndjson": .jsonl, "json": .jsonl,
        "csv": .csv,
        "tsv": .tsv, "tab": .tsv,
    ]

    /// The format of `path`: by extension, else by content (`head` is the file's first
    /// bytes): a first non-space `{` means JSON Lines, a first line with tabs TSV, with
    /// commas CSV. Nil when none of these applies.
    public static func detect(path: String, head: [UInt8]) -> CorpusFormat? {
        if let format = byExtension(path) { return format }
        return byContent(head)
    }

    static func byExtension(_ path: String) -> CorpusFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return extensions[name[name.index(after: dot)...].lowercased()]
    }

    static func byContent(_ head: [UInt8]) -> CorpusFormat? {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.first(where: { !isSpace($0) }) else { return nil }
        if first == UInt8(ascii: "{") { return .jsonl }
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        if firstLine.contains(0x09) { return .tsv }
        if firstLine.contains(UInt8(ascii: ",")) { return .csv }
        return nil
    }
}

/// Tells a file's format from its name and its first bytes, by asking every reader of
/// ``FormatRegistry`` (the strongest match wins: a format's signature, then the
/// extension, then the general shape of the content).
public enum FormatDetector {
    /// Formats by file extension (lower case, without the dot).
    public static let extensions: [String: CorpusFormat] = [
        "jsonl": .jsonl, "ndjson": .jsonl, "json": .jsonl,
        "csv": .csv,
        "tsv": .tsv, "tab": .tsv,
    ]

    /// The format of the file at `path` whose first bytes are `head`; nil when no reader
    /// recognises it.
    public static func detect(path: String, head: [UInt8]) -> CorpusFormat? {
        FormatRegistry.detect(FormatCandidate(path: path, isDirectory: false, head: head))
    }

    static func byExtension(_ path: String) -> CorpusFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return extensions[name[name.index(after: dot)...].lowercased()]
    }

    /// The general shape of `head`: a first non-space `{` means JSON Lines, a first line
    /// with tabs TSV, with commas CSV.
    static func byContent(_ head: [UInt8]) -> CorpusFormat? {
        let bytes = withoutByteOrderMark(head)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.first(where: { !isSpace($0) }) else { return nil }
        if first == UInt8(ascii: "{") { return .jsonl }
        let line = firstLine(head)
        if line.contains(0x09) { return .tsv }
        if line.contains(UInt8(ascii: ",")) { return .csv }
        return nil
    }

    /// The first line of `head`, without a byte order mark or the line break.
    static func firstLine(_ head: [UInt8]) -> ArraySlice<UInt8> {
        withoutByteOrderMark(head).prefix { $0 != 0x0A && $0 != 0x0D }
    }

    private static func withoutByteOrderMark(_ head: [UInt8]) -> ArraySlice<UInt8> {
        head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
    }
}

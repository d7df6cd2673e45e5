import ParleyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The texts of the topics benchmark: real comments from the shared test data (VADER's
/// tweets, reviews and editorial snippets, TWCS support tweets, r/Cornell utterances), taken
/// in turn until there are `count`. The real data holds about 30,000 texts, so a run of
/// 100,000 repeats each about three times; both tools see exactly the same lines.
enum TopicTexts {
    static let vaderFiles = [
        "vader/tweets_GroundTruth.txt", "vader/nytEditorialSnippets_GroundTruth.txt",
        "vader/movieReviewSnippets_GroundTruth.txt", "vader/amazonReviewSnippets_GroundTruth.txt",
    ]
    static let corpusFiles = [
        "twcs/twcs-head.csv", "convokit-reddit-cornell/utterances.jsonl",
    ]

    static func collect(count: Int, dataDirectory: String) throws -> [String] {
        var pool: [String] = []
        for file in vaderFiles {
            pool += try vaderTexts(dataDirectory + "/" + file)
        }
        let loaded = try CorpusLoader.load(
            corpusFiles.map { dataDirectory + "/" + $0 }, options: LoadOptions())
        for index in loaded.corpus.utteranceIndices {
            pool.append(loaded.corpus.text(of: index))
        }
        guard !pool.isEmpty else { throw BenchError(description: "no texts in \(dataDirectory)") }
        return (0..<count).map { oneLine(pool[$0 % pool.count]) }
    }

    /// The third tab-separated field of each line (`id`, rating, text).
    private static func vaderTexts(_ path: String) throws -> [String] {
        try readFile(path).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap {
            let fields = $0.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            return fields.count == 3 ? String(fields[2]) : nil
        }
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" ? " " : $0 })
    }

    static func readFile(_ path: String) throws -> String {
        guard let file = fopen(path, "rb") else {
            throw BenchError(description: "cannot read \(path) (see --data)")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let read = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if read <= 0 { break }
            bytes += buffer[..<read]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func writeLines(_ lines: [String], to path: String) throws {
        guard let file = fopen(path, "w") else {
            throw BenchError(description: "cannot write \(path)")
        }
        var failed = false
        for line in lines {
            var text = line + "\n"
            text.withUTF8 {
                if fwrite($0.baseAddress, 1, $0.count, file) != $0.count { failed = true }
            }
        }
        if fclose(file) != 0 || failed { throw BenchError(description: "cannot write \(path)") }
    }
}

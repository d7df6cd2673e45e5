import ParleyCore

/// `parley-bench load FILE`: loads the file with ``CorpusLoader`` (reply forest included)
/// and prints one JSON line: records, seconds, MB/s, peak MB.
enum LoadBenchmark {
    static func run(_ options: BenchOptions) throws {
        let start = monotonicSeconds()
        let result = try CorpusLoader.load([options.file], options: LoadOptions())
        let seconds = monotonicSeconds() - start
        let peak = peakResidentBytes()
        let bytes = result.reports.reduce(0) { $0 + $1.byteCount }
        let corpus = result.corpus
        let measurement = Measurement(
            tool: "parley", records: corpus.utteranceCount, seconds: seconds,
            megabytesPerSecond: Double(bytes) / 1e6 / seconds,
            peakMegabytes: Double(peak) / 1e6,
            extra: [
                ("conversations", "\(corpus.conversationCount)"),
                ("orphans", "\(corpus.forest.orphans.count)"),
                ("max_depth", "\(maxDepth(of: corpus))"),
                ("skipped", "\(result.reports.reduce(0) { $0 + $1.skippedCount })"),
                ("format", result.reports.first?.format.rawValue ?? "-"),
            ])
        print(measurement.jsonLine)
    }

    /// The deepest reply, found without allocating (the peak memory is being measured).
    private static func maxDepth(of corpus: Corpus) -> Int {
        var deepest = 0
        for index in corpus.utteranceIndices {
            deepest = max(deepest, corpus.forest.depth(of: index))
        }
        return deepest
    }
}

/// One tool's figures, printed as a JSON line by every benchmark process.
struct Measurement {
    var tool: String
    var records: Int
    var seconds: Double
    var megabytesPerSecond: Double
    var peakMegabytes: Double
    var extra: [(String, String)] = []

    /// The reader that loaded the file (Parley's measurement only).
    var format: String { extra.first { $0.0 == "format" }?.1 ?? "" }

    var jsonLine: String {
        let extraFields = extra.map { "\"\($0.0)\": \"\($0.1)\"" }.joined(separator: ", ")
        return "{\"tool\": \"\(tool)\", \"records\": \(records), \"seconds\": \(seconds), "
            + "\"mb_per_s\": \(megabytesPerSecond), \"peak_mb\": \(peakMegabytes), "
            + "\"extra\": {\(extraFields)}}"
    }

    /// Reads the line printed by `parley-bench load` or a Python peer (`json.dumps`).
    init?(jsonLine line: String) {
        guard let tool = Self.value("tool", in: line),
            let records = Self.value("records", in: line).flatMap({ Int($0) }),
            let seconds = Self.value("seconds", in: line).flatMap({ Double($0) }),
            let rate = Self.value("mb_per_s", in: line).flatMap({ Double($0) }),
            let peak = Self.value("peak_mb", in: line).flatMap({ Double($0) })
        else { return nil }
        self.init(
            tool: tool, records: records, seconds: seconds, megabytesPerSecond: rate,
            peakMegabytes: peak,
            extra: Self.value("format", in: line).map { [("format", $0)] } ?? [])
    }

    init(
        tool: String, records: Int, seconds: Double, megabytesPerSecond: Double,
        peakMegabytes: Double, extra: [(String, String)] = []
    ) {
        self.tool = tool
        self.records = records
        self.seconds = seconds
        self.megabytesPerSecond = megabytesPerSecond
        self.peakMegabytes = peakMegabytes
        self.extra = extra
    }

    /// The scalar after `"key":` in a flat JSON line, quotes removed. Enough for the
    /// lines these programs print; not a JSON parser.
    private static func value(_ key: String, in line: String) -> String? {
        let quoted = Array("\"\(key)\"".utf8)
        let bytes = Array(line.utf8)
        guard bytes.count >= quoted.count,
            let start = (0...(bytes.count - quoted.count)).first(where: { offset in
                bytes[offset..<(offset + quoted.count)].elementsEqual(quoted)
            })
        else { return nil }
        let after = String(decoding: bytes[(start + quoted.count)...], as: UTF8.self)
        var rest = after.drop { $0 == " " || $0 == ":" }
        if rest.first == "\"" {
            rest = rest.dropFirst()
            return String(rest.prefix { $0 != "\"" })
        }
        return String(rest.prefix { $0 != "," && $0 != "}" && $0 != " " })
    }
}

import Foundation
import ParleyCore

/// `parley-bench load FILE`: loads the file with ``CorpusLoader`` (reply forest included)
/// and prints one JSON line: records, seconds, MB/s, peak MB.
enum LoadBenchmark {
    static func run(_ options: BenchOptions) throws {
        let start = monotonicSeconds()
        let result = try CorpusLoader.load([options.file], options: LoadOptions())
        let seconds = monotonicSeconds() - start
        let bytes = result.reports.reduce(0) { $0 + $1.byteCount }
        let corpus = result.corpus
        let measurement = Measurement(
            tool: "parley", records: corpus.utteranceCount, seconds: seconds,
            megabytesPerSecond: Double(bytes) / 1e6 / seconds,
            peakMegabytes: Double(peakResidentBytes()) / 1e6,
            extra: [
                "conversations": "\(corpus.conversationCount)",
                "orphans": "\(corpus.forest.orphans.count)",
                "max_depth": "\(maxDepth(of: corpus))",
                "skipped": "\(result.reports.reduce(0) { $0 + $1.skippedCount })",
            ])
        print(measurement.jsonLine)
    }

    /// The deepest reply, found without allocating (the peak memory is being measured).
    private static func maxDepth(of corpus: Corpus) -> Int {
        var deepest = 0
        for index in corpus.utteranceIndices { deepest = max(deepest, corpus.forest.depth(of: index)) }
        return deepest
    }
}

/// One tool's figures, printed as a JSON line by every benchmark process.
struct Measurement: Codable {
    var tool: String
    var records: Int
    var seconds: Double
    var megabytesPerSecond: Double
    var peakMegabytes: Double
    var extra: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case tool, records, seconds, extra
        case megabytesPerSecond = "mb_per_s"
        case peakMegabytes = "peak_mb"
    }

    var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

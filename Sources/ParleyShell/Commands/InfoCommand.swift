import ArgumentParser
import ParleyCore

/// `info`: the corpus at a glance.
struct InfoCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show counts, the time span and the reply-depth distribution of the corpus.")

    static let examples = ["info"]

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let reports = session.loadReports
        // One pass without collecting the times: a million of them would cost 8 MB.
        var first: Double?
        var last: Double?
        var timedCount = 0
        for index in corpus.utteranceIndices {
            guard let time = corpus.timestamp(of: index) else { continue }
            first = min(first ?? time, time)
            last = max(last ?? time, time)
            timedCount += 1
        }
        let organizationSpeakers = corpus.speakers.filter { $0.role == .organization }.count
        let depths = DepthDistribution(corpus: corpus)
        return .record([
            "utterances": .int(corpus.utteranceCount),
            "speakers": .int(corpus.speakerCount),
            "organization_speakers": .int(organizationSpeakers),
            "conversations": .int(corpus.conversationCount),
            "orphans": .int(corpus.forest.orphans.count),
            "cycles_broken": .int(corpus.forest.brokenCycles.count),
            "skipped": .int(reports.map(\.skippedCount).reduce(0, +)),
            "warnings": .int(reports.map(\.warningCount).reduce(0, +)),
            "untimed": .int(corpus.utteranceCount - timedCount),
            "first_time": .optional(first, Value.time),
            "last_time": .optional(last, Value.time),
            "time_span": .optional(
                first.flatMap { first in last.map { $0 - first } }, Value.duration),
            "max_depth": .int(depths.maximum),
            "depths": .record(depths.record),
            "files": .list(reports.map { .string($0.file) }),
        ])
    }
}

/// How many utterances sit at each reply depth, in buckets that stay few even for a
/// chain 100,000 deep.
struct DepthDistribution {
    /// Upper bounds of the buckets after the single depths 0–5.
    static let bucketBounds = [10, 20, 50, 100, 1_000, 10_000, 100_000]
    static let singleDepths = 0...5

    private(set) var maximum = 0
    private var counts: [(label: String, count: Int)] = []

    init(corpus: Corpus) {
        var byDepth: [Int: Int] = [:]
        for index in corpus.utteranceIndices {
            byDepth[corpus.forest.depth(of: index), default: 0] += 1
        }
        maximum = byDepth.keys.max() ?? 0
        var lower = Self.singleDepths.upperBound + 1
        for depth in Self.singleDepths where byDepth[depth] != nil {
            counts.append((String(depth), byDepth[depth] ?? 0))
        }
        for upper in Self.bucketBounds + [Int.max] where lower <= maximum {
            let count = byDepth.filter { (lower...upper).contains($0.key) }.map(\.value)
                .reduce(0, +)
            if count > 0 {
                counts.append((upper == .max ? "\(lower)+" : "\(lower)-\(upper)", count))
            }
            lower = upper == .max ? upper : upper + 1
        }
    }

    var record: Record {
        Record(counts.map { Record.Field($0.label, .int($0.count)) })
    }
}

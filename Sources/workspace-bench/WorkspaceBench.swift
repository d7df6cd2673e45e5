import Foundation
import ParleyCore
import ParleyStore

/// `workspace-bench FILE`: loads FILE, imports it into a new workspace (`FILE.parley`,
/// replaced), reopens that workspace as `parley study.parley` does, and times two-word
/// searches. Prints one JSON line per figure (issue 7, "Performance").
@main
enum WorkspaceBench {
    /// Two-word queries over words the generated corpus uses (parley-bench's WordList).
    static let queries = [
        "money price", "thanks people", "\"the game\"", "price*", "money OR thanks",
        "good NOT bad",
    ]

    static func main() throws {
        ProcessMemory.configure()
        guard CommandLine.arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: workspace-bench FILE\n".utf8))
            exit(2)
        }
        let file = CommandLine.arguments[1]
        let path = file + ".parley"
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        let loaded = try CorpusLoader.load([file], options: LoadOptions())
        let corpus = loaded.corpus
        let importSeconds = try timed {
            let workspace = try Workspace.open(path)
            try workspace.importCorpus(corpus, sources: [])
        }
        let size = Double(workspaceBytes(path))
        report(
            "import", importSeconds,
            [
                ("utterances", "\(corpus.utteranceCount)"),
                ("file_mb", format(size / 1e6)),
                (
                    "mb_per_million_utterances",
                    format(size / 1e6 / Double(corpus.utteranceCount) * 1e6)
                ),
            ])
        var reopened: Workspace?
        var restoredCount = 0
        let openSeconds = try timed {
            reopened = try Workspace.open(path, integrity: .alongsideRestore)
        }
        let restoreSeconds = try timed {
            restoredCount = try reopened?.storedCorpus()?.corpus.utteranceCount ?? 0
        }
        let restoreCPU = lastCPUSeconds
        report(
            "reopen", openSeconds + restoreSeconds,
            [
                ("restore_cpu_seconds", String(format: "%.3f", restoreCPU)),
                ("open_and_check_seconds", String(format: "%.3f", openSeconds)),
                ("restore_seconds", String(format: "%.3f", restoreSeconds)),
                ("utterances", "\(restoredCount)"),
            ])
        guard let workspace = reopened else { return }
        for query in queries {
            var hits = 0
            let seconds = try timed { hits = try workspace.search(query, limit: 20).count }
            report("search", seconds, [("query", query), ("hits", "\(hits)")])
        }
    }

    /// Wall-clock seconds of `body`; its CPU seconds go to `lastCPUSeconds`, since on a
    /// shared machine the wall clock also counts time spent waiting for a core.
    static func timed(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        let cpuStart = cpuSeconds()
        try body()
        lastCPUSeconds = cpuSeconds() - cpuStart
        return Date().timeIntervalSince(start)
    }

    nonisolated(unsafe) static var lastCPUSeconds = 0.0

    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func workspaceBytes(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size]
            return total + ((size as? NSNumber)?.intValue ?? 0)
        }
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    static func report(_ figure: String, _ seconds: Double, _ extra: [(String, String)]) {
        let fields = extra.map {
            "\"\($0.0)\": \"\($0.1.replacingOccurrences(of: "\"", with: "\\\""))\""
        }
        print(
            "{\"figure\": \"\(figure)\", \"seconds\": \(String(format: "%.4f", seconds)), "
                + "\"cpu_seconds\": \(String(format: "%.4f", lastCPUSeconds))"
                + (fields.isEmpty ? "" : ", " + fields.joined(separator: ", ")) + "}")
    }
}

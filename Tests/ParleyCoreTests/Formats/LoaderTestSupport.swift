import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyCore

/// A scratch directory for one test's input files, removed when the value goes away.
final class ScratchDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "parley-formats-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` (as UTF-8) to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }
}

/// Loads one file written from `text`; returns the corpus and its report.
func loadText(
    _ text: String, name: String = "input.jsonl", options: LoadOptions = LoadOptions()
) throws -> (corpus: Corpus, report: LoadReport, path: String) {
    let scratch = ScratchDirectory()
    let path = scratch.write(name, text)
    let result = try CorpusLoader.load([path], options: options)
    return (result.corpus, result.reports[0], path)
}

/// The reasons of a report's problems, with their line numbers: `3: missing text field`.
func problemLines(_ report: LoadReport) -> [String] {
    report.problems.map { problem in
        let prefix = problem.severity == .warning ? "warning: " : ""
        return "\(problem.location.line): \(prefix)\(problem.reason)"
    }
}

/// The shared third-party data directory (`../shared/data` beside the repository), or nil
/// when it is not there, so tests that need it can skip.
func sharedDataPath(_ relative: String) -> String? {
    guard let path = RepositoryPaths.sharedData?.appendingPathComponent(relative).path else {
        return nil
    }
    return FileManager.default.fileExists(atPath: path) ? path : nil
}

/// The error a load throws, or nil when it succeeds.
func loadError(_ paths: [String], options: LoadOptions = LoadOptions()) -> LoadError? {
    do {
        _ = try CorpusLoader.load(paths, options: options)
        return nil
    } catch {
        return error
    }
}

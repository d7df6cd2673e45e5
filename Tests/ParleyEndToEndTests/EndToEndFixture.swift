import Foundation
import ParleyTestSupport

/// A temporary directory with a small corpus and a private history location, and the
/// built binary to run against them. Each test makes its own, so tests run in parallel.
final class EndToEndFixture {
    let binary: ParleyBinary
    let directory: URL
    /// Three utterances in one thread: `a` ← `b` ← `c`, and `d` on its own.
    let corpus: URL

    static let corpusLines = [
        #"{"id":"a","author":"ana","text":"hello","time":"2024-05-01T10:00:00Z"}"#,
        #"{"id":"b","author":"ben","text":"hi ana","parent":"a","time":"2024-05-01T10:05:00Z"}"#,
        #"{"id":"c","author":"ana","text":"how are you?","parent":"b","time":"2024-05-01T10:07:00Z"}"#,
        #"{"id":"d","author":"cy","text":"unrelated","time":"2024-05-02T09:00:00Z"}"#,
    ]

    init() throws {
        binary = try ParleyBinary.locate()
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        corpus = directory.appendingPathComponent("thread.jsonl")
        try write(Self.corpusLines.joined(separator: "\n") + "\n", to: "thread.jsonl")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes `text` to `name` in the directory; returns the file's path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The environment every test runs with: history kept in the directory, no colour.
    var environment: [String: String] {
        ["XDG_STATE_HOME": directory.appendingPathComponent("state").path, "NO_COLOR": "1"]
    }

    var historyFile: URL { directory.appendingPathComponent("state/parley/history") }

    func run(_ arguments: [String], stdin: String = "") throws -> ProcessResult {
        try binary.run(arguments: arguments, stdin: stdin, environment: environment)
    }
}

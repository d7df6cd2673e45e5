import Foundation
import ParleyShell

/// Runs a transcript's steps through a ``Session`` in this process.
public enum TranscriptRunner {
    /// Sinks that keep results and messages in the order they were written.
    private final class InterleavedSink: TextSink {
        var text = ""
        func write(_ text: String) { self.text += text }
    }

    /// The output of each step, in a fresh session working in `directory` (where the
    /// inline files are written first).
    public static func outputs(of transcript: Transcript, in directory: URL) throws -> [String] {
        try writeFiles(of: transcript, to: directory)
        let session = Session(
            options: SessionOptions(
                mode: .plain, color: false, width: 100, workingDirectory: directory.path))
        var outputs: [String] = []
        for (number, step) in transcript.steps.enumerated() {
            let sink = InterleavedSink()
            let origin = LineOrigin(name: Transcript.scriptName, line: number + 1)
            let outcome = session.execute(
                step.command, origin: origin, results: sink, diagnostics: sink)
            outputs.append(sink.text)
            if outcome.quit { break }
        }
        return outputs
    }

    /// Writes the inline files, and links the repository's `corpora/` beside them so
    /// transcripts can load the sample corpora by their usual relative path.
    public static func writeFiles(of transcript: Transcript, to directory: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in transcript.files {
            let url = directory.appendingPathComponent(file.name)
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        let corpora = directory.appendingPathComponent("corpora")
        if !manager.fileExists(atPath: corpora.path) {
            try manager.createSymbolicLink(
                at: corpora,
                withDestinationURL: RepositoryPaths.root.appendingPathComponent("corpora"))
        }
    }
}

import Foundation
import ParleyTestSupport
import Testing

/// The transcripts of `Tests/Transcripts` once more, through the built binary as a script
/// (`parley --keep-going -f transcript.prl`, messages merged into the output): what the
/// in-process tests check is what a user of the executable gets.
@Suite struct BinaryTranscriptTests {
    static let names: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.transcripts.path))
        ?? []).filter { $0.hasSuffix(".transcript") }.sorted()

    @Test(arguments: names)
    func transcriptThroughTheBinary(_ name: String) throws {
        let binary = try ParleyBinary.locate()
        let url = RepositoryPaths.transcripts.appendingPathComponent(name)
        let transcript = Transcript(parsing: try String(contentsOf: url, encoding: .utf8))
        let directory = try RepositoryPaths.temporaryDirectory("binary-transcript")
        defer { try? FileManager.default.removeItem(at: directory) }
        try TranscriptRunner.writeFiles(of: transcript, to: directory)
        try Data(transcript.script.utf8).write(
            to: directory.appendingPathComponent(Transcript.scriptName))
        let result = try binary.runShell(
            "cd '\(directory.path)' && exec \"$PARLEY\" --keep-going -f \(Transcript.scriptName) 2>&1"
        )
        let expected = transcript.steps.map(\.expectedOutput).joined()
        if let diff = LineDiff.describe(expected: expected, actual: result.stdout) {
            Issue.record("\(name) through the binary:\n\(diff)")
        }
        let anyStepFails = expected.contains("\(Transcript.scriptName):")
        #expect(result.status == (anyStepFails ? 1 : 0))
    }
}

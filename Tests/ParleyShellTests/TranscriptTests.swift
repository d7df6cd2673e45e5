import Foundation
import ParleyTestSupport
import Testing

/// Runs every transcript in `Tests/Transcripts` through a session in this process.
/// `PARLEY_UPDATE_TRANSCRIPTS=1 swift test --filter TranscriptTests` rewrites the expected
/// output from what Parley printed, and still fails, so that nobody commits a change to
/// expectations without reading its diff.
@Suite struct TranscriptTests {
    static let names: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.transcripts.path))
        ?? []).filter { $0.hasSuffix(".transcript") }.sorted()

    @Test func transcriptsExist() {
        #expect(Self.names.count >= 5)
    }

    @Test(arguments: names)
    func transcript(_ name: String) throws {
        let url = RepositoryPaths.transcripts.appendingPathComponent(name)
        let transcript = Transcript(parsing: try String(contentsOf: url, encoding: .utf8))
        let directory = try RepositoryPaths.temporaryDirectory("transcript")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputs = try TranscriptRunner.outputs(of: transcript, in: directory)
        let expected = transcript.steps.map(\.expectedOutput)
        if ProcessInfo.processInfo.environment["PARLEY_UPDATE_TRANSCRIPTS"] == "1",
            outputs != expected
        {
            try transcript.rendered(withOutputs: outputs).write(
                to: url, atomically: true, encoding: .utf8)
            Issue.record("updated \(name): review the change with git diff, then run again")
            return
        }
        #expect(outputs.count == transcript.steps.count, "a step quit the session early")
        for (step, output) in zip(transcript.steps, outputs) {
            if let diff = LineDiff.describe(expected: step.expectedOutput, actual: output) {
                Issue.record("\(name): $ \(step.command)\n\(diff)")
            }
        }
    }
}

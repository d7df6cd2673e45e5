import Foundation
import ParleyTestSupport
import Testing

/// `parley -c list FILE | head -1`: the reader goes away early; parley must stop quietly
/// with status 0 and say nothing on standard error.
@Suite struct BrokenPipeTests {
    let fixture: EndToEndFixture

    init() throws { fixture = try EndToEndFixture() }

    @Test func closedPipeEndsQuietlyWithStatusZero() throws {
        // Far more than a pipe holds (64 KiB), so parley is still writing when head exits.
        let lines = (0..<20_000).map { index in
            #"{"id":"u\#(index)","author":"s\#(index % 50)","text":"comment number \#(index) with some words to make the line longer"}"#
        }
        let corpus = try fixture.write(lines.joined(separator: "\n") + "\n", to: "big.jsonl")
        // parley's own status travels out on descriptor 3; the pipeline's is head's.
        let statusFile = fixture.directory.appendingPathComponent("status").path
        let result = try fixture.binary.runShell(
            #"{ "$PARLEY" -c list "$CORPUS"; echo $? > "$STATUS"; } | head -1"#,
            environment: fixture.environment.merging(["CORPUS": corpus, "STATUS": statusFile]) {
                $1
            })
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 1)
        #expect(result.stderr.isEmpty)
        let status = try String(contentsOfFile: statusFile, encoding: .utf8)
        #expect(status == "0\n")
    }
}

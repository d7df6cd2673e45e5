import Foundation
import ParleyTestSupport
import Testing

/// `-c`, `-f` and standard input, run through the built binary with pipes (never a
/// terminal), so output is in `plain` mode unless `--mode` says otherwise. Results are
/// read in `jsonl` mode, where each result is one line (a load summary comes first).
@Suite struct ScriptModeTests {
    let fixture: EndToEndFixture

    init() throws { fixture = try EndToEndFixture() }

    /// Every line of a `jsonl` run, as dictionaries.
    func records(_ result: ProcessResult) throws -> [[String: Any]] {
        try result.stdoutLines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not a record: \(line)")
        }
    }

    /// The `info` record of a `jsonl` run: the one with an `utterances` count.
    func infoRecord(_ result: ProcessResult) throws -> [String: Any] {
        try #require(records(result).last { $0["utterances"] != nil }, "\(result.stdout)")
    }

    @Test func commandStringRunsTwoCommands() throws {
        let result = try fixture.run([
            "--mode", "jsonl", "-c", "load \(fixture.corpus.path); list limit 2",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let ids = try records(result).compactMap { $0["id"] as? String }
        #expect(ids == ["a", "b"])
    }

    @Test func filesOnTheCommandLineAreLoadedFirst() throws {
        let result = try fixture.run([fixture.corpus.path, "--mode", "jsonl", "-c", "info"])
        #expect(result.status == 0)
        let info = try infoRecord(result)
        #expect(info["utterances"] as? Int == 4)
        #expect(info["conversations"] as? Int == 2)
    }

    @Test func scriptFileRunsLineByLine() throws {
        let script = try fixture.write(
            "# a study\nmode jsonl\nload \(fixture.corpus.path)\n\ninfo\n", to: "study.prl")
        let result = try fixture.run(["-f", script])
        #expect(result.status == 0)
        #expect(try infoRecord(result)["speakers"] as? Int == 3)
    }

    @Test func standardInputIsAScript() throws {
        let result = try fixture.run(
            ["--mode", "jsonl"], stdin: "load \(fixture.corpus.path)\r\ninfo\n")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(try infoRecord(result)["utterances"] as? Int == 4)
    }

    @Test func failingLineStopsTheScriptWithItsLocation() throws {
        let missing = fixture.directory.appendingPathComponent("missing.jsonl").path
        let script = try fixture.write(
            "load \(fixture.corpus.path)\nload \(missing)\ninfo\n", to: "study.prl")
        let result = try fixture.run(["--mode", "jsonl", "-f", script])
        #expect(result.status == 1)
        #expect(try records(result).count == 1)  // the first load's summary, no info
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.hasPrefix("\(script):2: "))
        #expect(result.stderr.contains("missing.jsonl"))
    }

    @Test func failingStandardInputLineIsNamedStdin() throws {
        let result = try fixture.run([], stdin: "help\nnosuchcommand\nhelp\n")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:2: "))
    }

    @Test func failingCommandStringIsNamedDashC() throws {
        let result = try fixture.run(["-c", "help; nosuchcommand; help"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("-c:1: "))
    }

    @Test func keepGoingRunsOnAndStillExitsOne() throws {
        let script = try fixture.write(
            "nosuchcommand\nmode jsonl\nload \(fixture.corpus.path)\ninfo\n", to: "study.prl")
        let result = try fixture.run(["--keep-going", "-f", script])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(script):1: "))
        #expect(try infoRecord(result)["utterances"] as? Int == 4)
    }

    /// The samples that ship in `corpora/` load from the command line without a problem.
    @Test(arguments: ["quality-blog.jsonl", "support-conversations.csv"])
    func sampleCorpusLoads(name: String) throws {
        let path = RepositoryPaths.root.appendingPathComponent("corpora/\(name)").path
        let result = try fixture.run([path, "--mode", "jsonl", "-c", "info"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let info = try infoRecord(result)
        #expect((info["utterances"] as? Int ?? 0) >= 60)
        #expect(info["skipped"] as? Int == 0)
    }

    @Test func pipedOutputIsPlainWithoutColour() throws {
        // No NO_COLOR here: a pipe alone must turn colour off.
        let result = try fixture.binary.run(
            arguments: [fixture.corpus.path, "-c", "list limit 1"],
            environment: ["XDG_STATE_HOME": fixture.directory.path, "TERM": "xterm"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("id\tspeaker"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func quitEndsTheScriptWithSuccess() throws {
        let result = try fixture.run([], stdin: "quit\nnosuchcommand\n")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("parley>"))  // no prompt without a terminal
    }

    @Test func scriptRunsBeforeTheCommandString() throws {
        let script = try fixture.write("load \(fixture.corpus.path)\n", to: "load.prl")
        let result = try fixture.run(["--mode", "jsonl", "-f", script, "-c", "info"])
        #expect(result.status == 0)
        #expect(try infoRecord(result)["utterances"] as? Int == 4)
    }

    @Test func missingFileOnTheCommandLineFailsBeforeTheScript() throws {
        let missing = fixture.directory.appendingPathComponent("missing.jsonl").path
        let result = try fixture.run([missing, "-c", "help"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("missing.jsonl"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}

import ParleyTestSupport
import Testing

/// Flags that are wrong end with status 2 and a message on standard error; `--help` and
/// `--version` with 0 on standard output.
@Suite struct UsageTests {
    let fixture: EndToEndFixture

    init() throws { fixture = try EndToEndFixture() }

    @Test func version() throws {
        let result = try fixture.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "parley 0.1.0\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func helpDescribesTheOrderOfWork() throws {
        let result = try fixture.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: parley"))
        #expect(result.stdout.contains("then the -f script runs, then the -c"))
    }

    @Test func unknownFlagIsAUsageError() throws {
        let result = try fixture.run(["--no-such-flag"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Unknown option '--no-such-flag'"))
    }

    @Test func badModeIsAUsageError() throws {
        let result = try fixture.run(["--mode", "fancy", "-c", "help"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'fancy'"))
    }

    @Test func unreadableScriptIsAUsageError() throws {
        let missing = fixture.directory.appendingPathComponent("none.prl").path
        let result = try fixture.run(["-f", missing])
        #expect(result.status == 2)
        #expect(
            result.stderr == "parley: cannot read script '\(missing)': No such file or directory\n")
    }

    @Test func directoryAsScriptIsAUsageError() throws {
        let result = try fixture.run(["-f", fixture.directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Is a directory"))
    }
}

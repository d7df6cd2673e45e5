import ParleyShell
import Testing

/// The runner with the real session: line numbers reach the session's error messages.
@Suite struct ScriptRunnerSessionTests {
    @Test func failingLineIsNamedBySessionErrors() {
        let results = StringSink()
        let diagnostics = StringSink()
        let runner = ScriptRunner(
            session: Session(), policy: .stopAtFirstError, results: results,
            diagnostics: diagnostics)
        let status = runner.run(["help", "# a comment", "nosuchcommand", "help"], origin: "t.prl")
        #expect(status == .failure)
        #expect(diagnostics.text.hasPrefix("t.prl:3: "))
        #expect(diagnostics.text.contains("nosuchcommand"))
        // `help` ran once: the run stopped at line 3.
        #expect(results.text.components(separatedBy: "Commands:").count == 2)
    }

    @Test func quitStopsTheRealSession() {
        let diagnostics = StringSink()
        let runner = ScriptRunner(
            session: Session(), policy: .keepGoing, results: StringSink(),
            diagnostics: diagnostics)
        #expect(runner.run(["quit", "nosuchcommand"], origin: "-c") == .success)
        #expect(runner.isFinished)
        #expect(diagnostics.text.isEmpty)
    }
}

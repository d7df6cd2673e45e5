import ParleyShell
import Testing

/// Runs lines by rules: `fail` fails (with a message naming its origin), `quit` quits,
/// anything else succeeds and echoes itself to the results.
final class FakeSession: LineExecuting {
    private(set) var executed: [String] = []
    private(set) var origins: [LineOrigin?] = []

    func execute(
        _ line: String, origin: LineOrigin?, results: TextSink, diagnostics: TextSink
    ) -> LineOutcome {
        executed.append(line)
        origins.append(origin)
        switch line {
        case "fail":
            let prefix = origin.map { "\($0.name):\($0.line): " } ?? "error: "
            diagnostics.write(prefix + "failed\n")
            return LineOutcome(failed: true)
        case "quit":
            return LineOutcome(quit: true)
        default:
            results.write(line + "\n")
            return LineOutcome()
        }
    }

    func execute(
        words: [String], origin: LineOrigin?, results: TextSink, diagnostics: TextSink
    ) -> LineOutcome {
        execute(
            words.joined(separator: " "), origin: origin, results: results,
            diagnostics: diagnostics)
    }
}

@Suite struct ScriptRunnerTests {
    let session = FakeSession()
    let results = StringSink()
    let diagnostics = StringSink()

    func runner(_ policy: ScriptRunner.ErrorPolicy = .stopAtFirstError) -> ScriptRunner {
        ScriptRunner(session: session, policy: policy, results: results, diagnostics: diagnostics)
    }

    @Test func runsEveryLineWithItsNumber() {
        let status = runner().run(["a", "b", "c"], origin: "study.prl")
        #expect(status == .success)
        #expect(session.executed == ["a", "b", "c"])
        #expect(session.origins.map { $0?.line } == [1, 2, 3])
        #expect(session.origins.allSatisfy { $0?.name == "study.prl" })
        #expect(results.text == "a\nb\nc\n")
    }

    @Test func stopsAtTheFirstFailingLine() {
        let status = runner().run(["a", "fail", "c"], origin: "study.prl")
        #expect(status == .failure)
        #expect(session.executed == ["a", "fail"])
        #expect(diagnostics.text == "study.prl:2: failed\n")
    }

    @Test func keepGoingRunsOnAndStillFails() {
        let status = runner(.keepGoing).run(["fail", "b", "fail", "d"], origin: "-c")
        #expect(status == .failure)
        #expect(session.executed == ["fail", "b", "fail", "d"])
        #expect(diagnostics.text == "-c:1: failed\n-c:3: failed\n")
    }

    @Test func quitEndsWithTheStatusSoFar() {
        #expect(runner().run(["a", "quit", "c"], origin: "s") == .success)
        #expect(session.executed == ["a", "quit"])
        let failedBefore = runner(.keepGoing).run(["fail", "quit", "c"], origin: "s")
        #expect(failedBefore == .failure)
        #expect(session.executed == ["a", "quit", "fail", "quit"])
    }

    @Test func aStoppedRunnerRunsNoFurtherScripts() {
        let runner = runner()
        runner.run(["fail"], origin: "study.prl")
        runner.run(["after"], origin: "-c")
        #expect(runner.isFinished)
        #expect(runner.status == .failure)
        #expect(session.executed == ["fail"])
    }

    @Test func failedCommandLineWordsStopTheScripts() {
        let runner = runner()
        #expect(runner.run(words: ["fail"]) == .failure)
        runner.run(["list"], origin: "-c")
        #expect(session.executed == ["fail"])
        #expect(session.origins == [nil])
        #expect(diagnostics.text == "error: failed\n")
    }

    @Test func keepGoingRunsScriptsAfterFailedWords() {
        let runner = runner(.keepGoing)
        runner.run(words: ["fail"])
        #expect(runner.run(["list"], origin: "-c") == .failure)
        #expect(session.executed == ["fail", "list"])
    }

    @Test func theHookCanStopTheRun() {
        var calls = 0
        let runner = ScriptRunner(
            session: session, policy: .keepGoing, results: results, diagnostics: diagnostics,
            afterEachLine: {
                calls += 1
                return calls < 2
            })
        #expect(runner.run(["a", "b", "c"], origin: "<stdin>") == .success)
        #expect(session.executed == ["a", "b"])
        #expect(calls == 2)
    }

    @Test func linesAreTakenLazily() {
        var pulled = 0
        let lines = AnySequence {
            AnyIterator { () -> String? in
                pulled += 1
                return pulled == 2 ? "fail" : "x"
            }
        }
        #expect(runner().run(lines, origin: "<stdin>") == .failure)
        #expect(pulled == 2)
    }

    @Test func emptyScriptSucceeds() {
        #expect(runner().run([String](), origin: "empty.prl") == .success)
        #expect(session.executed.isEmpty)
    }
}

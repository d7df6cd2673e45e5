import Foundation
import ParleyCore
import ParleyShell

/// Sets up the session and its output from the parsed flags, then runs the FILEs, the
/// scripts or the prompt, and returns the process's exit status.
struct Launch {
    static let usageErrorStatus: Int32 = 2

    let command: ParleyCommand
    let terminal = TerminalEnvironment.current(environment: ProcessInfo.processInfo.environment)

    func run() -> Int32 {
        // Read the script before any work, so an unreadable one is a usage error only.
        let scriptLines: [String]?
        do {
            scriptLines = try command.script.map(ScriptSource.lines(ofFile:))
        } catch {
            _ = writeAll(Array("parley: \(error)\n".utf8), to: STDERR_FILENO)
            return Self.usageErrorStatus
        }
        Signals.ignoreBrokenPipe()
        let results = ResultSink()
        let diagnostics = DiagnosticSink(flushingFirst: results)
        let session = Session(options: sessionOptions())
        let runner = ScriptRunner(
            session: session, policy: command.keepGoing ? .keepGoing : .stopAtFirstError,
            results: results, diagnostics: diagnostics, afterEachLine: { results.flush() })
        openAndLoad(command.files, with: runner)

        let status: Int32
        if scriptLines != nil || command.commands != nil {
            status = runScripts(scriptLines, with: runner)
        } else if terminal.isInteractive {
            status = runInteractive(session, results: results, diagnostics: diagnostics)
        } else {
            status = runner.run(ScriptSource.standardInputLines(), origin: "<stdin>").rawValue
        }
        results.flush()
        // Nobody is reading any more (`parley ... | head -1`): that is not an error.
        return results.isBroken ? 0 : status
    }

    /// A workspace (`.parley`) among the FILEs is opened first, so the other files load
    /// into it.
    private func openAndLoad(_ files: [String], with runner: ScriptRunner) {
        let workspaces = files.filter(Self.isWorkspace)
        let data = files.filter { !Self.isWorkspace($0) }
        for workspace in workspaces { runner.run(words: ["open", workspace]) }
        if !data.isEmpty { runner.run(words: ["load"] + data) }
    }

    static func isWorkspace(_ file: String) -> Bool { file.lowercased().hasSuffix(".parley") }

    /// The `-f` script first, then the `-c` commands (one line: the session splits at `;`).
    private func runScripts(_ scriptLines: [String]?, with runner: ScriptRunner) -> Int32 {
        if let lines = scriptLines, let path = command.script {
            runner.run(lines, origin: path)
        }
        if let commands = command.commands { runner.run([commands], origin: "-c") }
        return runner.status.rawValue
    }

    private func sessionOptions() -> SessionOptions {
        SessionOptions(
            mode: command.mode ?? terminal.defaultMode, color: terminal.allowsColor,
            width: terminal.width,
            cancellation: Cancellation {
                interruptRequested.load(ordering: .relaxed) || outputClosed.load(ordering: .relaxed)
            },
            progress: TerminalProgress.reporter())
    }

    private func runInteractive(
        _ session: Session, results: ResultSink, diagnostics: DiagnosticSink
    ) -> Int32 {
        Signals.installInteractiveHandlers()
        let editor = LineEditor(
            source: session, environment: terminal.environment,
            warn: { diagnostics.write($0 + "\n") })
        return InteractiveLoop(
            session: session, editor: editor, results: results, diagnostics: diagnostics,
            terminal: terminal
        ).run()
    }
}

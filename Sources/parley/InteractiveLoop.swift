import ParleyShell

/// The prompt: read a line with readline, run it, show the results, until `quit` or
/// Ctrl-D. Failed commands do not end the session; its exit status is 0.
struct InteractiveLoop {
    static let prompt = "parley> "

    let session: Session
    let editor: LineEditor
    let results: ResultSink
    let diagnostics: DiagnosticSink
    let terminal: TerminalEnvironment

    func run() -> Int32 {
        while true {
            guard let line = editor.readLine(prompt: Self.prompt) else {
                // Ctrl-D: end the prompt's line so the shell's prompt starts on its own.
                results.write("\n")
                results.flush()
                return 0
            }
            editor.addToHistory(line)
            if windowResized.exchange(false, ordering: .relaxed) {
                session.setWidth(terminal.width)
            }
            // A Ctrl-C typed before this command must not cancel it.
            interruptRequested.store(false, ordering: .relaxed)
            let outcome = session.execute(
                line, origin: nil, results: results, diagnostics: diagnostics)
            interruptRequested.store(false, ordering: .relaxed)
            guard results.flush(), !outcome.quit else { return 0 }
        }
    }
}

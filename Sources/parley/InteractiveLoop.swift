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
        var warnedAboutUnsavedWork = false
        while true {
            guard let line = editor.readLine(prompt: Self.prompt) else {
                // Ctrl-D: end the prompt's line so the shell's prompt starts on its own.
                results.write("\n")
                results.flush()
                if mayQuit(warned: &warnedAboutUnsavedWork) { return 0 }
                continue
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
            guard results.flush() else { return 0 }
            if !outcome.quit { warnedAboutUnsavedWork = false }
            if outcome.quit, mayQuit(warned: &warnedAboutUnsavedWork) { return 0 }
        }
    }

    /// Quitting with unsaved work first says what would be lost and how to keep it; a
    /// second quit (or Ctrl-D) in a row ends the session anyway.
    private func mayQuit(warned: inout Bool) -> Bool {
        let unsaved = session.unsavedWork
        if unsaved.isEmpty || warned { return true }
        warned = true
        diagnostics.write(
            "warning: quitting now loses work that is not in a workspace:\n"
                + unsaved.map { "  - \($0)\n" }.joined()
                + "keep it with 'save FILE' (e.g. save study.parley); "
                + "quit again (or Ctrl-D) to quit anyway\n")
        return false
    }
}

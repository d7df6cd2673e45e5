import ArgumentParser
import ParleyCore

/// The state of one Parley session (the corpus, the output mode and target) and the one
/// entry point that runs a line of commands against it.
///
/// Text in, text out: the session never touches the terminal. Results go to the
/// `results` sink (or the file named by `output`), messages and errors to `diagnostics`,
/// always as whole lines.
public final class Session {
    public internal(set) var corpus = Corpus() {
        didSet {
            // A role change keeps the same utterances, so their scores still hold.
            guard !dialogue.isChangingRoles else { return }
            sentiment.dropScores()
            themes.corpusChanged()
            dialogue.corpusReplaced(&corpus)
        }
    }
    /// The analyst's role decisions (`Session+Dialogue.swift`).
    var dialogue = DialogueState()
    /// The lexicon and the corpus's sentiment scores (`Session+Sentiment.swift`).
    var sentiment = SentimentState()
    /// The codebook, the tag ledger and the coder (`Session+Themes.swift`).
    var themes = ThemeState()
    /// One report per file loaded into the current corpus.
    var loadReports: [LoadReport] = []
    public private(set) var options: SessionOptions
    public internal(set) var mode: OutputMode
    /// The file results go to after `output FILE`; nil for the caller's sink.
    var outputFile: FileOutputSink?
    /// Where the running command's notes and warnings go.
    private var diagnostics: TextSink?

    public init(options: SessionOptions = SessionOptions()) {
        self.options = options
        self.mode = options.mode
    }

    /// The terminal width changed (SIGWINCH).
    public func setWidth(_ width: Int) { options.width = max(20, width) }

    /// Runs every command on `line` (separated by `;`). Stops at the first failing one.
    public func execute(
        _ line: String, origin: LineOrigin? = nil, results: TextSink, diagnostics: TextSink
    ) -> LineOutcome {
        let commands: [[Word]]
        do {
            commands = try LineTokenizer.commands(in: line)
        } catch {
            report(error, line: line, origin: origin, to: diagnostics)
            return LineOutcome(failed: true)
        }
        for words in commands {
            let outcome = run(
                words, line: line, origin: origin, results: results, diagnostics: diagnostics)
            if outcome.failed || outcome.quit { return outcome }
        }
        return LineOutcome()
    }

    /// Runs one command given as words, already split (e.g. `["load", path]` for files on
    /// the command line), with no quoting to worry about.
    public func execute(
        words: [String], origin: LineOrigin? = nil, results: TextSink, diagnostics: TextSink
    ) -> LineOutcome {
        guard !words.isEmpty else { return LineOutcome() }
        let typed = words.map { Word($0, column: 0, wasQuoted: true) }
        // The command name itself is a keyword, never a quoted argument.
        let named = [Word(words[0], column: 0)] + typed.dropFirst()
        return run(named, line: nil, origin: origin, results: results, diagnostics: diagnostics)
    }

    /// Writes a line to the running command's diagnostics (warnings, notes).
    func note(_ line: String) {
        diagnostics?.write(TerminalText.visible(line) + "\n")
    }

    private func run(
        _ words: [Word], line: String?, origin: LineOrigin?, results: TextSink,
        diagnostics: TextSink
    ) -> LineOutcome {
        self.diagnostics = diagnostics
        defer { self.diagnostics = nil }
        do {
            let result = try CommandDispatcher.run(words, in: self)
            render(result, to: outputFile ?? results)
            return LineOutcome(quit: result.quits)
        } catch {
            report(error, line: line, origin: origin, to: diagnostics)
            return LineOutcome(failed: true)
        }
    }

    private func render(_ result: DispatchedResult, to sink: TextSink) {
        let renderOptions = RenderOptions(
            mode: mode, color: options.color && outputFile == nil, width: options.width)
        Renderer(options: renderOptions).render(result.value, to: sink)
        outputFile?.flush()
    }

    private func report(_ error: any Error, line: String?, origin: LineOrigin?, to sink: TextSink) {
        let shellError = ShellError(describing: error)
        for text in ErrorFormatter.lines(for: shellError, line: line, origin: origin) {
            sink.write(text + "\n")
        }
    }
}

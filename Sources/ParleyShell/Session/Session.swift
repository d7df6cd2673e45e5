import ParleyCore

/// The state of one Parley session (the corpus, the output mode and target) and the one
/// entry point that runs a line of commands against it.
///
/// Text in, text out: the session never touches the terminal. Results go to the
/// `results` sink (or the file named by `output`), messages and errors to `diagnostics`.
public final class Session {
    public private(set) var corpus = Corpus()
    public private(set) var options: SessionOptions

    public init(options: SessionOptions = SessionOptions()) {
        self.options = options
    }

    /// Runs every command on `line` (separated by `;`). Stops at the first failing one.
    public func execute(
        _ line: String, origin: LineOrigin? = nil, results: TextSink, diagnostics: TextSink
    ) -> LineOutcome {
        LineOutcome()
    }

    /// Runs one command given as words, already split (e.g. `["load", path]` for files on
    /// the command line), with no quoting to worry about.
    public func execute(
        words: [String], origin: LineOrigin? = nil, results: TextSink, diagnostics: TextSink
    ) -> LineOutcome {
        LineOutcome()
    }
}

/// Something that runs a line of commands: the session, or a stand-in in tests.
public protocol LineExecuting: AnyObject {
    func execute(
        _ line: String, origin: LineOrigin?, results: TextSink, diagnostics: TextSink
    ) -> LineOutcome
    func execute(
        words: [String], origin: LineOrigin?, results: TextSink, diagnostics: TextSink
    ) -> LineOutcome
}

extension Session: LineExecuting {}

/// Runs scripts (a `-f` file, a `-c` string, standard input) through a session, line by
/// line, and keeps the exit status across them.
///
/// The first failing line stops everything with status 1, unless the policy is
/// `keepGoing`: then every line runs and the status is still 1. `quit` stops with the
/// status so far. Nothing here touches standard input or output; the caller hands in the
/// lines and the sinks.
public final class ScriptRunner {
    /// What a failing line does to the rest of the run.
    public enum ErrorPolicy: Sendable, Equatable {
        case stopAtFirstError
        case keepGoing
    }

    /// The process exit status a run ends with.
    public enum Status: Int32, Sendable, Equatable {
        case success = 0
        case failure = 1
    }

    /// Whether the caller wants the run to go on after a line (false once the output is
    /// gone, e.g. a closed pipe).
    public typealias LineHook = () -> Bool

    private let session: LineExecuting
    private let policy: ErrorPolicy
    private let results: TextSink
    private let diagnostics: TextSink
    private let afterEachLine: LineHook

    /// The status so far: 1 once any line has failed.
    public private(set) var status = Status.success
    /// True once a line quit, a line failed under `stopAtFirstError`, or the hook said
    /// stop; later runs do nothing.
    public private(set) var isFinished = false

    public init(
        session: LineExecuting, policy: ErrorPolicy, results: TextSink, diagnostics: TextSink,
        afterEachLine: @escaping LineHook = { true }
    ) {
        self.session = session
        self.policy = policy
        self.results = results
        self.diagnostics = diagnostics
        self.afterEachLine = afterEachLine
    }

    /// Runs each line of `lines`, numbered from 1 under the name `origin` (`study.prl`,
    /// `-c`, `<stdin>`). Lines are taken lazily, so standard input runs as it arrives.
    @discardableResult
    public func run<Lines: Sequence<String>>(_ lines: Lines, origin: String) -> Status {
        guard !isFinished else { return status }
        var number = 0
        // Checked after each line, not before the next: standard input must not be read
        // past the line that ended the run.
        for line in lines {
            number += 1
            let lineOrigin = LineOrigin(name: origin, line: number)
            record(
                session.execute(
                    line, origin: lineOrigin, results: results, diagnostics: diagnostics))
            if isFinished { break }
        }
        return status
    }

    /// Runs one command given as words (the files named on the command line, as `load`).
    @discardableResult
    public func run(words: [String]) -> Status {
        guard !isFinished else { return status }
        record(
            session.execute(words: words, origin: nil, results: results, diagnostics: diagnostics))
        return status
    }

    private func record(_ outcome: LineOutcome) {
        if outcome.failed {
            status = .failure
            if policy == .stopAtFirstError { isFinished = true }
        }
        if outcome.quit { isFinished = true }
        if !afterEachLine() { isFinished = true }
    }
}

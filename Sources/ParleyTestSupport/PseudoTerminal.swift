import Foundation

/// Drives a program on a pseudo-terminal, as a person at a terminal would: keys in, screen
/// text out, expect-style.
///
/// The program runs under util-linux `script -qfec "exec CMD" /dev/null`, which gives it
/// a pty that is its controlling terminal (so Ctrl-C becomes SIGINT and readline sees a
/// terminal) while this process talks to `script` through plain pipes. Why `script`:
/// `openpty` plus `fork` is unsafe in a multi-threaded test process, Foundation cannot
/// set a controlling terminal, and python3 and tmux are not on a fresh Debian, whereas
/// `script` comes with bsdutils, an essential package. `exec` matters: without it a shell
/// in between also gets Ctrl-C's SIGINT and turns a clean exit into status 130.
public final class PseudoTerminal {
    /// Where `script` lives; without it the tests that need a terminal are skipped.
    public static let scriptPath = "/usr/bin/script"

    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: scriptPath)
    }

    private let process = Process()
    private let input = Pipe()
    private let reader: PipeReader
    private let exited = DispatchSemaphore(value: 0)
    /// How far `waitFor` has consumed the screen text.
    private var consumed: String.Index?

    /// Starts `executable arguments` on a new terminal of `columns` columns.
    public init(
        executable: URL, arguments: [String] = [], environment: [String: String],
        columns: Int = 100
    ) throws {
        var environment = environment
        environment["SHELL"] = "/bin/sh"
        environment["TERM"] = environment["TERM"] ?? "xterm"
        // The pty `script` makes without a terminal of its own has no size; readline
        // and parley then take the width from COLUMNS.
        environment["COLUMNS"] = String(columns)
        environment["LINES"] = "40"
        let commandLine =
            "exec "
            + ([executable.path] + arguments).map(Self.shellQuoted)
            .joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: Self.scriptPath)
        process.arguments = ["-qfec", commandLine, "/dev/null"]
        process.environment = environment
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        process.terminationHandler = { [exited] _ in exited.signal() }
        try process.run()
        reader = PipeReader(output.fileHandleForReading)
    }

    deinit { close() }

    /// Types `keys` (`"\r"` is Enter, `"\t"` Tab, `"\u{3}"` Ctrl-C, `"\u{4}"` Ctrl-D).
    public func send(_ keys: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data(keys.utf8))
    }

    /// Everything the terminal has shown so far, with escape sequences and carriage
    /// returns taken out.
    public var screenText: String { Self.plainText(reader.text) }

    /// Everything the program wrote to the terminal, escape sequences included.
    public var rawText: String { reader.text }

    /// Waits until `text` appears after the previous match, and consumes up to its end.
    /// Returns false if it did not appear within `timeout`.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let screen = screenText
            let start = consumed.flatMap { $0 <= screen.endIndex ? $0 : nil } ?? screen.startIndex
            if let range = screen[start...].range(of: text) {
                consumed = range.upperBound
                return true
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// The program's exit status once it has ended, or nil if it is still running after
    /// `timeout`.
    public func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
        guard exited.wait(timeout: .now() + timeout.timeInterval) == .success else { return nil }
        exited.signal()  // later callers (and close) see it too
        return process.terminationStatus
    }

    /// Ends the session: closes the keyboard and kills `script` if it is still running;
    /// the program then loses its terminal and gets SIGHUP.
    public func close() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacing("'", with: "'\\''") + "'"
    }

    /// `raw` without CSI and OSC escape sequences and carriage returns.
    static func plainText(_ raw: String) -> String {
        raw.replacing(
            #/\x1B\[[0-9;?]*[ -\/]*[@-~]|\x1B\][^\x07]*\x07|\x1B[()][0-9A-Za-z]|\x1B[=>]|\r/#,
            with: "")
    }
}

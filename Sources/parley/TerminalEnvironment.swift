import Glibc
import ParleyShell

/// What the process found out about its terminal, once, at start.
struct TerminalEnvironment {
    var inputIsTerminal: Bool
    var outputIsTerminal: Bool
    var environment: [String: String]

    static let fallbackWidth = 100

    static func current(environment: [String: String]) -> TerminalEnvironment {
        TerminalEnvironment(
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            environment: environment)
    }

    /// The prompt and readline need a person at both ends.
    var isInteractive: Bool { inputIsTerminal && outputIsTerminal }

    /// `table` for a person, `plain` for a program.
    var defaultMode: OutputMode { outputIsTerminal ? .table : .plain }

    /// Colour only on a terminal, never with `NO_COLOR` set (to anything but empty) and
    /// never on a `dumb` terminal.
    var allowsColor: Bool {
        let noColor = environment["NO_COLOR"] ?? ""
        return outputIsTerminal && noColor.isEmpty && environment["TERM"] != "dumb"
    }

    /// Columns of the terminal on standard output, else `COLUMNS`, else 100.
    var width: Int {
        if outputIsTerminal, let columns = Self.terminalColumns() { return columns }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        return Self.fallbackWidth
    }

    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return Int(size.ws_col)
    }
}

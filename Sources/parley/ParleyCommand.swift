import ArgumentParser
import Foundation
import Glibc
import ParleyCore
import ParleyShell

/// `parley [FILE...] [-f SCRIPT] [-c COMMANDS] [--mode MODE] [--keep-going]`: the flags,
/// then a hand-over to `Launch`. Parsing never exits with swift-argument-parser's own
/// codes: usage errors end with status 2, `--help` and `--version` with 0.
@main
struct ParleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "An interactive shell for comment and conversation corpora.",
        discussion: """
            Order of work: the FILEs are loaded first, then the -f script runs, then the -c \
            commands. Without -f and -c, standard input is read as a script when it (or \
            standard output) is not a terminal; otherwise the interactive prompt starts.

            In a script the first failing line stops the run with status 1 and a \
            'SCRIPT:LINE: message' on standard error, unless --keep-going.

            Exit status: 0 success, 1 a command failed, 2 a usage error.
            """,
        version: "parley 0.1.0")

    @Argument(help: ArgumentHelp("Data files to load before anything else.", valueName: "file"))
    var files: [String] = []

    @Option(
        name: [.customShort("f"), .customLong("file")],
        help: ArgumentHelp("Run the commands in SCRIPT, one line at a time.", valueName: "script"))
    var script: String?

    @Option(
        name: [.customShort("c"), .customLong("command")],
        help: ArgumentHelp("Run COMMANDS (separate commands with ';').", valueName: "commands"))
    var commands: String?

    @Option(help: "Output mode (default: table on a terminal, plain otherwise).")
    var mode: OutputMode?

    @Flag(help: "Run every script line even after one fails (the exit status is still 1).")
    var keepGoing = false

    static func main() {
        ProcessMemory.configure()
        let command: ParleyCommand
        do {
            command = try parse()
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                _ = writeAll(Array((message + "\n").utf8), to: STDOUT_FILENO)
                Glibc.exit(0)
            }
            _ = writeAll(Array((message + "\n").utf8), to: STDERR_FILENO)
            Glibc.exit(Launch.usageErrorStatus)
        }
        Glibc.exit(Launch(command: command).run())
    }
}

extension OutputMode: ExpressibleByArgument {}

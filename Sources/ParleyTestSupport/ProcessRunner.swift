import Foundation

/// What a finished child process left behind.
public struct ProcessResult: Sendable, Equatable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// The process was killed because it ran past its time limit.
    public var timedOut: Bool

    /// Standard output split into lines, without the final empty one.
    public var stdoutLines: [String] {
        var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// A process failed to start, or a helper gave up waiting.
public struct ProcessRunnerError: Error, CustomStringConvertible {
    public var description: String
}

/// Runs a program to completion with Foundation's `Process` and pipes, feeding it
/// standard input and collecting both outputs, and kills it if it runs too long, so a
/// test never hangs.
public enum ProcessRunner {
    /// Writing to a child that has exited must give EPIPE, not kill the test process.
    private static let ignoreBrokenPipe: Void = { signal(SIGPIPE, SIG_IGN) }()

    public static func run(
        executable: URL, arguments: [String], stdin: String = "",
        environment: [String: String], timeout: Duration = .seconds(60)
    ) throws -> ProcessResult {
        ignoreBrokenPipe
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw ProcessRunnerError(description: "cannot start \(executable.path): \(error)")
        }
        let stdoutReader = PipeReader(output.fileHandleForReading)
        let stderrReader = PipeReader(errors.fileHandleForReading)
        feed(stdin, to: input.fileHandleForWriting)
        let timedOut = exited.wait(timeout: .now() + timeout.timeInterval) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        return ProcessResult(
            status: process.terminationStatus,
            stdout: stdoutReader.text(waitingAtMost: .seconds(5)),
            stderr: stderrReader.text(waitingAtMost: .seconds(5)),
            timedOut: timedOut)
    }

    /// Writes `text` on a background thread (a child that reads nothing must not block
    /// the test) and closes the pipe so the child sees the end of its input.
    private static func feed(_ text: String, to handle: FileHandle) {
        let data = Data(text.utf8)
        Thread.detachNewThread {
            try? handle.write(contentsOf: data)
            try? handle.close()
        }
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

import Foundation

/// The built `parley` executable, for end-to-end tests.
///
/// Found beside the test bundle (SwiftPM puts every product of a build in one products
/// directory), or at `$PARLEY_BINARY` when that is set.
public struct ParleyBinary: Sendable {
    public let url: URL

    /// The built binary, or an error that says where it was looked for.
    public static func locate() throws -> ParleyBinary {
        var places: [URL] = []
        if let path = ProcessInfo.processInfo.environment["PARLEY_BINARY"] {
            places.append(URL(fileURLWithPath: path))
        }
        // /proc/self/exe is the test runner itself: `…/debug/ParleyPackageTests.xctest`.
        if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        {
            places.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
        }
        places.append(Bundle.main.bundleURL)
        places.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for place in places {
            let candidate =
                place.lastPathComponent == "parley"
                ? place : place.appendingPathComponent("parley")
            if FileManager.default.isExecutableFile(atPath: candidate.path),
                !isDirectory(candidate)
            {
                return ParleyBinary(url: candidate)
            }
        }
        throw ProcessRunnerError(
            description: "no built parley binary in \(places.map(\.path)); run swift build")
    }

    /// A small, fixed environment: tests must not depend on the caller's terminal, colour
    /// or history settings. `overrides` win.
    public static func environment(_ overrides: [String: String] = [:]) -> [String: String] {
        let current = ProcessInfo.processInfo.environment
        var environment = [
            "PATH": current["PATH"] ?? "/usr/bin:/bin",
            "HOME": current["HOME"] ?? "/",
            "LANG": "C.UTF-8",
        ]
        environment.merge(overrides) { _, new in new }
        return environment
    }

    /// Runs `parley arguments` with `stdin` as its standard input (a pipe, so never a
    /// terminal) and waits for it, killing it after `timeout`.
    public func run(
        arguments: [String], stdin: String = "", environment: [String: String] = [:],
        timeout: Duration = .seconds(60)
    ) throws -> ProcessResult {
        try ProcessRunner.run(
            executable: url, arguments: arguments, stdin: stdin,
            environment: Self.environment(environment), timeout: timeout)
    }

    /// Runs a `/bin/sh -c` command line in which `$PARLEY` names this binary, for
    /// pipelines such as `$PARLEY -c list | head -1`.
    public func runShell(
        _ commandLine: String, environment: [String: String] = [:],
        timeout: Duration = .seconds(60)
    ) throws -> ProcessResult {
        var shellEnvironment = Self.environment(environment)
        shellEnvironment["PARLEY"] = url.path
        return try ProcessRunner.run(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", commandLine],
            environment: shellEnvironment, timeout: timeout)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag)
            && flag.boolValue
    }
}

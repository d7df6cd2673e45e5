import Foundation

/// `parley-bench compare FILE`: runs `parley-bench load` and each Python peer in its own
/// child process (so each peak memory is its own) and prints a table with ratios.
enum Compare {
    static func run(_ options: BenchOptions) throws {
        guard FileManager.default.fileExists(atPath: options.file) else {
            throw BenchError(description: "no such file \(options.file) (make one with generate)")
        }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let parley = try measure(me, ["load", options.file])
        var rows: [(String, Result<Measurement, BenchError>)] = [("parley", .success(parley))]
        for peer in PythonPeers.all {
            if !hasModule(peer.module, python: options.python) {
                let reason = "skipped: no module \(peer.module) (install: \(peer.install))"
                rows.append((peer.name, .failure(BenchError(description: reason))))
                continue
            }
            do {
                rows.append((peer.name, .success(try measure(
                    options.python, ["-c", peer.code, options.file]))))
            } catch let error as BenchError {
                rows.append((peer.name, .failure(error)))
            }
        }
        print(table(rows, parley: parley))
    }

    private static func table(
        _ rows: [(String, Result<Measurement, BenchError>)], parley: Measurement
    ) -> String {
        var lines = [
            pad("tool", 34) + pad("records", 10) + pad("seconds", 9) + pad("MB/s", 8)
                + pad("peak MB", 9) + "time ratio (peer/parley)"
        ]
        for (name, result) in rows {
            switch result {
            case .success(let m):
                let ratio = m.seconds / parley.seconds
                lines.append(
                    pad(name, 34) + pad("\(m.records)", 10) + pad(format(m.seconds, 3), 9)
                        + pad(format(m.megabytesPerSecond, 1), 8)
                        + pad(format(m.peakMegabytes, 0), 9) + format(ratio, 2) + "x")
            case .failure(let error):
                lines.append(pad(name, 34) + error.description)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    private static func hasModule(_ module: String, python: String) -> Bool {
        (try? output(of: python, ["-c", "import \(module)"])) != nil
    }

    /// Runs a benchmark child process and reads the JSON line it prints last.
    private static func measure(_ program: String, _ arguments: [String]) throws -> Measurement {
        let text = try output(of: program, arguments)
        guard let line = text.split(separator: "\n").last,
            let measurement = try? JSONDecoder().decode(Measurement.self, from: Data(line.utf8))
        else { throw BenchError(description: "no measurement from \(program): \(text)") }
        return measurement
    }

    private static func output(of program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.contains("/") ? program : "/usr/bin/env")
        process.arguments = program.contains("/") ? arguments : [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError(description: "\(program) failed with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

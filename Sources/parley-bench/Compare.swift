#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `parley-bench compare FILE [--runs N]`: runs `parley-bench load` and each Python peer
/// in its own child process (so each peak memory is its own), N times in turn (Parley,
/// the peers, Parley, ...), and prints a table of the medians with ratios. Taking turns
/// and medians keeps a ratio meaningful on a machine whose speed drifts: a single run
/// each could land Parley's two threads in a busy second and the peer in a quiet one.
enum Compare {
    static func run(_ options: BenchOptions) throws {
        guard access(options.file, R_OK) == 0 else {
            throw BenchError(description: "cannot read \(options.file) (make one with generate)")
        }
        let me = String(cString: realpath("/proc/self/exe", nil))
        let peers = PythonPeers.peers(for: options.file)
        var skipped: [Int: BenchError] = [:]
        for (number, peer) in peers.enumerated()
        where !hasModule(peer.module, python: options.python) {
            let reason = "skipped: no module \(peer.module) (install: \(peer.install))"
            skipped[number] = BenchError(description: reason)
        }
        var parleyRuns: [Measurement] = []
        var peerRuns = [[Measurement]](repeating: [], count: peers.count)
        for _ in 0..<options.runs {
            parleyRuns.append(try measure(me, ["load", options.file]))
            for (number, peer) in peers.enumerated() where skipped[number] == nil {
                do {
                    peerRuns[number].append(
                        try measure(options.python, ["-c", peer.code, options.file]))
                } catch let error as BenchError {
                    skipped[number] = error
                }
            }
        }
        let parley = median(parleyRuns)
        var rows: [(String, Result<Measurement, BenchError>)] = [
            ("parley \(parley.format) (+ forest)", .success(parley))
        ]
        for (number, peer) in peers.enumerated() {
            if let error = skipped[number] {
                rows.append((peer.name, .failure(error)))
            } else {
                rows.append((peer.name, .success(median(peerRuns[number]))))
            }
        }
        print("file: \(options.file)")
        if options.runs > 1 { print("medians of \(options.runs) runs each, taken in turn") }
        print(table(rows, parley: parley))
    }

    /// The run of median time, with the median peak memory.
    private static func median(_ runs: [Measurement]) -> Measurement {
        var result = runs.sorted { $0.seconds < $1.seconds }[runs.count / 2]
        result.peakMegabytes = runs.map(\.peakMegabytes).sorted()[runs.count / 2]
        result.megabytesPerSecond = runs.map(\.megabytesPerSecond).sorted()[runs.count / 2]
        return result
    }

    private static func table(
        _ rows: [(String, Result<Measurement, BenchError>)], parley: Measurement
    ) -> String {
        var lines = [
            pad("tool", 34) + pad("records", 10) + pad("seconds", 9) + pad("MB/s", 8)
                + pad("peak MB", 9) + "time ratio  memory ratio (peer/parley)"
        ]
        for (name, result) in rows {
            switch result {
            case .success(let m):
                lines.append(
                    pad(name, 34) + pad("\(m.records)", 10) + pad(fixed(m.seconds, 3), 9)
                        + pad(fixed(m.megabytesPerSecond, 1), 8)
                        + pad(fixed(m.peakMegabytes, 0), 9)
                        + pad(fixed(m.seconds / parley.seconds, 2) + "x", 12)
                        + fixed(m.peakMegabytes / parley.peakMegabytes, 2) + "x")
            case .failure(let error):
                lines.append(pad(name, 34) + error.description)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// `value` with `digits` decimals, rounded half up.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return "\(sign)\(whole)" }
        return "\(sign)\(whole)." + String(repeating: "0", count: digits - fraction.count)
            + fraction
    }

    private static func hasModule(_ module: String, python: String) -> Bool {
        (try? outputOf(python, ["-c", "import \(module)"])) != nil
    }

    /// Runs a benchmark child process and reads the JSON line it prints last.
    private static func measure(_ program: String, _ arguments: [String]) throws -> Measurement {
        let text = try outputOf(program, arguments)
        guard let line = text.split(separator: "\n").last,
            let measurement = Measurement(jsonLine: String(line))
        else { throw BenchError(description: "no measurement from \(program): \(text)") }
        return measurement
    }
}

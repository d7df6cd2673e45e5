import Foundation

/// vaderSentiment 3.3.2 scoring the same texts in a python3 child process, timed inside the
/// child (scoring only: not the interpreter's start or reading the texts).
struct ReferenceRun {
    var count: Int
    var seconds: Double
    var cpuSeconds: Double
    var compoundSum: Double

    static let script = """
        import sys, time
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        texts = open(sys.argv[1], encoding="utf-8").read().split("\\n")[:-1]
        analyzer = SentimentIntensityAnalyzer()
        start, cpu = time.perf_counter(), time.process_time()
        total = 0.0
        for text in texts:
            total += analyzer.polarity_scores(text)["compound"]
        print(len(texts), time.perf_counter() - start, time.process_time() - cpu, total)
        """

    /// `name` itself when it is a path, else the first match on `PATH`.
    static func executablePath(_ name: String) -> String? {
        if name.contains("/") {
            return FileManager.default.isExecutableFile(atPath: name) ? name : nil
        }
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":")
        return directories.map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(python name: String, texts: [String]) -> ReferenceRun? {
        guard let python = executablePath(name) else {
            print("reference skipped: no python at \(name) (see --python)")
            return nil
        }
        let directory = FileManager.default.temporaryDirectory
        let textFile = directory.appendingPathComponent("sentiment-bench-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: textFile) }
        // One text a line: newlines inside a text become spaces for both scorers alike
        // (whitespace to VADER), so neither sees different input.
        let body = texts.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(
            separator: "\n")
        guard (try? Data((body + "\n").utf8).write(to: textFile)) != nil else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, textFile.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: output, as: UTF8.self).split(separator: " ")
        guard fields.count == 4, let count = Int(fields[0]),
            let seconds = Double(fields[1]), let cpuSeconds = Double(fields[2]),
            let sum = Double(fields[3].trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return ReferenceRun(
            count: count, seconds: seconds, cpuSeconds: cpuSeconds, compoundSum: sum)
    }
}

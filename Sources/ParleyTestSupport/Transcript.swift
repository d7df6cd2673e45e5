/// A transcript test: the commands a user types, the exact output they must see, and any
/// small input files, all in one readable file.
///
/// ```
/// # What this transcript shows (comment lines before the first step).
/// -- file: bad.jsonl
/// {"id": "a", "text": "hello"}
/// -- end
/// $ load bad.jsonl
/// file	format	records	loaded	skipped	warnings
/// bad.jsonl	jsonl	1	1	0	0
/// ```
///
/// Each `$ ` line is run as one script line (errors read `transcript.prl:N: …`, N
/// counting commands); the lines up to the next step are its output, results and messages
/// interleaved as a user would see them.
public struct Transcript: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var command: String
        public var expectedOutput: String
    }

    public struct InlineFile: Sendable, Equatable {
        public var name: String
        public var contents: String
    }

    /// The name errors carry, in-process and through the binary alike.
    public static let scriptName = "transcript.prl"

    public var header: [String]
    public var files: [InlineFile]
    public var steps: [Step]

    public init(parsing text: String) {
        header = []
        files = []
        steps = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var index = 0
        while index < lines.count, lines[index].hasPrefix("#") {
            header.append(lines[index])
            index += 1
        }
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("-- file: ") {
                let end = lines[index...].firstIndex(of: "-- end") ?? lines.count
                let body = lines[(index + 1)..<end].map { $0 + "\n" }.joined()
                files.append(InlineFile(name: String(line.dropFirst(9)), contents: body))
                index = end + 1
            } else if line.hasPrefix("$ ") {
                var output: [String] = []
                index += 1
                while index < lines.count, !lines[index].hasPrefix("$ "),
                    !lines[index].hasPrefix("-- file: ")
                {
                    output.append(lines[index] + "\n")
                    index += 1
                }
                steps.append(
                    Step(command: String(line.dropFirst(2)), expectedOutput: output.joined()))
            } else {
                index += 1
            }
        }
    }

    /// The transcript written back with `outputs` in place of the expected output.
    public func rendered(withOutputs outputs: [String]) -> String {
        var text = header.map { $0 + "\n" }.joined()
        for file in files {
            text += "-- file: \(file.name)\n" + file.contents + "-- end\n"
        }
        for (step, output) in zip(steps, outputs) {
            text += "$ \(step.command)\n" + output
            if !output.isEmpty, !output.hasSuffix("\n") { text += "\n" }
        }
        return text
    }

    /// The commands as a script, one a line, as the binary runs them.
    public var script: String { steps.map { $0.command + "\n" }.joined() }
}

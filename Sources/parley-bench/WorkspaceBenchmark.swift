/// `parley-bench workspace FILE`: runs `workspace-bench FILE` (built beside this program)
/// and passes on its lines. It is a program of its own because the store links Foundation,
/// which would add to the peak memory the load benchmark reports.
enum WorkspaceBenchmark {
    static func run(_ options: BenchOptions) throws {
        let here = CommandLine.arguments[0]
        let directory = here.lastIndex(of: "/").map { String(here[..<$0]) } ?? "."
        let output = try outputOf(directory + "/workspace-bench", [options.file])
        print(output, terminator: "")
    }
}

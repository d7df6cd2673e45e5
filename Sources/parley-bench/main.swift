// parley-bench: generates a Reddit-style corpus, measures Parley loading it, and runs
// Python peers on the same file in the same run (issue 2, "Performance").
//
// No Foundation here: it adds about 8 MB to every process's resident memory, and the
// figure this program reports is the loader's peak memory.
import ParleyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let usage = """
    usage: parley-bench generate FILE [--count N] [--seed S]
           parley-bench load FILE
           parley-bench compare FILE [--python PYTHON] [--runs N]   (the default: parley-bench FILE)
           parley-bench query FILE
           parley-bench topics FILE [--count N] [--seed S] [--python PYTHON] [--data DIR]
           parley-bench workspace FILE   (import, reopen, search: issue 7)
           parley-bench tag-auto FILE
           parley-bench dialogue FILE
    """

// As `parley` does, so that the peak memory measured is the shell's.
ProcessMemory.configure()
var arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first.flatMap(BenchCommand.init(rawValue:)) ?? .compare
if BenchCommand(rawValue: arguments.first ?? "") != nil { arguments.removeFirst() }

do {
    let options = try BenchOptions(arguments)
    switch command {
    case .generate: try Generate.run(options)
    case .load: try LoadBenchmark.run(options)
    case .compare: try Compare.run(options)
    case .query: try QueryBenchmark.run(options)
    case .topics: try TopicsBenchmark.run(options)
    case .workspace: try WorkspaceBenchmark.run(options)
    case .tagAuto: try TagAutoBenchmark.run(options)
    case .dialogue: try DialogueBenchmark.run(options)
    }
} catch {
    var message = "parley-bench: \(error)\n\(usage)\n"
    message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(2)
}

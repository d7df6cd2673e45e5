// parley-bench: generates a Reddit-style corpus, measures Parley loading it, and runs
// Python peers on the same file in the same run (issue 2, "Performance").
import Foundation

let usage = """
    usage: parley-bench generate FILE [--count N] [--seed S]
           parley-bench load FILE
           parley-bench compare FILE [--python PYTHON]   (the default: parley-bench FILE)
    """

var arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first.flatMap(BenchCommand.init(rawValue:)) ?? .compare
if BenchCommand(rawValue: arguments.first ?? "") != nil { arguments.removeFirst() }

do {
    let options = try BenchOptions(arguments)
    switch command {
    case .generate: try Generate.run(options)
    case .load: try LoadBenchmark.run(options)
    case .compare: try Compare.run(options)
    }
} catch {
    FileHandle.standardError.write(Data("parley-bench: \(error)\n\(usage)\n".utf8))
    exit(2)
}

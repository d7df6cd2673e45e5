#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `parley-bench generate FILE [--count N] [--seed S]`: Reddit-style JSON Lines, or
/// TWCS-style CSV when FILE ends in `.csv`.
enum Generate {
    static func run(_ options: BenchOptions) throws {
        guard let output = fopen(options.file, "w") else {
            throw BenchError(description: "cannot write \(options.file)")
        }
        var bytes = 0
        var failed = false
        let write: (String) -> Void = { line in
            var line = line
            bytes += line.utf8.count
            line.withUTF8 {
                if fwrite($0.baseAddress, 1, $0.count, output) != $0.count { failed = true }
            }
        }
        if options.file.hasSuffix(".csv") {
            var generator = TWCSGenerator(count: options.count, seed: options.seed)
            generator.generate(write)
        } else {
            var generator = RedditGenerator(count: options.count, seed: options.seed)
            generator.generate(write)
        }
        if fclose(output) != 0 || failed {
            throw BenchError(description: "cannot write \(options.file)")
        }
        print("wrote \(options.count) records, \(bytes) bytes, to \(options.file)")
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `parley-bench generate FILE [--count N] [--seed S]`
enum Generate {
    static func run(_ options: BenchOptions) throws {
        guard let output = fopen(options.file, "w") else {
            throw BenchError(description: "cannot write \(options.file)")
        }
        var generator = RedditGenerator(count: options.count, seed: options.seed)
        var bytes = 0
        var failed = false
        generator.generate { line in
            var line = line
            bytes += line.utf8.count
            line.withUTF8 {
                if fwrite($0.baseAddress, 1, $0.count, output) != $0.count { failed = true }
            }
        }
        if fclose(output) != 0 || failed {
            throw BenchError(description: "cannot write \(options.file)")
        }
        print("wrote \(options.count) comments, \(bytes) bytes, to \(options.file)")
    }
}

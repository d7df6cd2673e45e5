import Foundation

/// `parley-bench generate FILE [--count N] [--seed S]`
enum Generate {
    static func run(_ options: BenchOptions) throws {
        guard FileManager.default.createFile(atPath: options.file, contents: nil),
            let handle = FileHandle(forWritingAtPath: options.file)
        else { throw BenchError(description: "cannot write \(options.file)") }
        defer { try? handle.close() }
        var generator = RedditGenerator(count: options.count, seed: options.seed)
        var pending = ""
        var bytes = 0
        generator.generate { line in
            pending += line
            if pending.utf8.count >= 1 << 20 {
                bytes += pending.utf8.count
                handle.write(Data(pending.utf8))
                pending = ""
            }
        }
        bytes += pending.utf8.count
        handle.write(Data(pending.utf8))
        print("wrote \(options.count) comments, \(bytes) bytes, to \(options.file)")
    }
}

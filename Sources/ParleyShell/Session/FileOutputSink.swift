#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Results written to a file after `output FILE`, replacing what the file held.
final class FileOutputSink: TextSink {
    let path: String
    private let file: UnsafeMutablePointer<FILE>

    /// Opens (creates or truncates) `path`; `name` is the path as the user typed it.
    init(path: String, name: String) throws(ShellError) {
        guard let file = fopen(path, "w") else {
            let reason = String(cString: strerror(errno)).lowercased()
            throw ShellError("cannot write to \(name): \(reason)")
        }
        self.path = name
        self.file = file
    }

    deinit { fclose(file) }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            _ = fwrite(buffer.baseAddress, 1, buffer.count, file)
        }
    }

    func flush() { fflush(file) }
}

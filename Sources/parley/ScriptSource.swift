import Glibc

/// The lines of a script, from a file or from standard input.
enum ScriptSource {
    /// A script file that cannot be read: a usage error (exit status 2).
    struct UnreadableScript: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot read script '\(path)': \(reason)" }
    }

    /// The lines of the file at `path`, without line ends (`\n` or `\r\n`). Invalid UTF-8
    /// is replaced, so the session reports it as an unknown word rather than losing it.
    static func lines(ofFile path: String) throws(UnreadableScript) -> [String] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(path) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(path)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return split(String(decoding: bytes, as: UTF8.self))
    }

    /// Standard input, one line at a time as it arrives (a script piped in runs while it
    /// is still being written).
    static func standardInputLines() -> AnySequence<String> {
        AnySequence { AnyIterator { readLine(strippingNewline: true) } }
    }

    static func split(_ text: String) -> [String] {
        // "\r\n" is one Character in Swift, so both line ends are separators here.
        var lines = text.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n"
        }.map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func unreadable(_ path: String) -> UnreadableScript {
        UnreadableScript(path: path, reason: String(cString: strerror(errno)))
    }
}

import Foundation
import ParleyCore

/// `lexicon load FILE [--strict]`.
enum LexiconLoading {
    /// Lexicon files are small (VADER's own is 7,500 lines, 420 kB); a bigger file is
    /// almost certainly the wrong one.
    static let maximumBytes = 64 << 20

    static func load(_ rest: [String], in session: Session) throws -> CommandResult {
        let strict = rest.contains("--strict")
        let paths = rest.filter { $0 != "--strict" }
        guard paths.count == 1, let path = paths.first else {
            throw ShellError(
                "lexicon load takes one file", suggestion: "e.g. lexicon load domain.tsv")
        }
        let file = LexiconFile(parsing: try read(path, in: session), file: path)
        if strict, let first = file.problems.first {
            throw ShellError(
                first.description + " (--strict: the lexicon is unchanged)")
        }
        for problem in file.problems { session.note(problem.description) }
        try session.changeLexicon { $0 = $0.setting(file) }
        return .table(
            Table(
                columns: [
                    .init("file"), .init("entries", alignment: .right),
                    .init("skipped", alignment: .right),
                ],
                rows: [[.string(path), .int(file.entries.count), .int(file.problems.count)]]))
    }

    private static func read(_ path: String, in session: Session) throws -> String {
        let resolved = session.resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory),
            !isDirectory.boolValue
        else {
            throw ShellError("\(path): no such file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: resolved)[.size]) as? Int
        if let size, size > maximumBytes {
            throw ShellError("\(path): \(size) bytes is too big for a lexicon file")
        }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw ShellError("\(path): cannot read the file")
        }
        // Invalid UTF-8 becomes U+FFFD, as the loaders do; such a word matches nothing.
        return String(decoding: data, as: UTF8.self)
    }
}

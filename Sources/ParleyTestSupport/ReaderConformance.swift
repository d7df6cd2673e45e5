import Foundation
import ParleyCore

/// One suite every format reader passes (like swift-configuration's
/// `ProviderCompatTest`): a reader's test hands in a small valid sample and a way to
/// break one record, and gets back the failures, empty when the reader conforms.
///
/// Checked: the sample loads in the expected format with unique ids; every reply either
/// resolves or is counted as an orphan; roles are as the format says; timestamps are
/// finite UTC seconds; a broken record is reported as `file:line` and skipped, or stops
/// the load under `--strict`; every truncation of the sample loads or fails with a
/// ``LoadError``, never a crash.
public struct ReaderConformance {
    public var format: CorpusFormat
    /// Files of the sample, by name; `entry` is the one `load` is given (a directory
    /// name for ConvoKit, which is then `.`).
    public var files: [String: String]
    public var entry: String
    /// The file a broken record goes into, its text with one record broken, and the line
    /// the problem must name.
    public var brokenFile: String
    public var broken: String
    public var brokenLine: Int
    /// Speakers the format makes organization.
    public var organizationSpeakers: Set<String>

    public init(
        format: CorpusFormat, files: [String: String], entry: String, brokenFile: String,
        broken: String, brokenLine: Int, organizationSpeakers: Set<String> = []
    ) {
        self.format = format
        self.files = files
        self.entry = entry
        self.brokenFile = brokenFile
        self.broken = broken
        self.brokenLine = brokenLine
        self.organizationSpeakers = organizationSpeakers
    }

    /// Runs every check; returns what failed.
    public func failures() throws -> [String] {
        var failures: [String] = []
        try withFiles(files) { directory in
            failures += try checkSample(at: path(of: directory))
        }
        var damaged = files
        damaged[brokenFile] = broken
        try withFiles(damaged) { directory in
            failures += checkBroken(at: path(of: directory), file: directory + "/" + brokenFile)
        }
        for (name, text) in files {
            let bytes = Array(text.utf8)
            for cut in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 16)) {
                var truncated = files
                truncated[name] = String(decoding: bytes[..<cut], as: UTF8.self)
                try withFiles(truncated) { directory in
                    do {
                        _ = try CorpusLoader.load(
                            [path(of: directory)], options: LoadOptions(format: format))
                    } catch {
                        // A LoadError is a clean failure (typed throws: nothing else).
                    }
                }
            }
        }
        return failures
    }

    private func checkSample(at path: String) throws -> [String] {
        var failures: [String] = []
        let result = try CorpusLoader.load([path], options: LoadOptions())
        let corpus = result.corpus
        if result.reports.first?.format != format {
            failures.append("detected \(String(describing: result.reports.first?.format))")
        }
        if result.reports.first?.skippedCount != 0 { failures.append("the sample skipped records") }
        let ids = corpus.utteranceIndices.map(corpus.id(of:))
        if Set(ids).count != ids.count { failures.append("ids are not unique") }
        let orphans = Set(corpus.forest.orphans)
        for index in corpus.utteranceIndices where corpus.replyTo(of: index) != nil {
            if corpus.forest.parent(of: index) == nil, !orphans.contains(index) {
                failures.append(
                    "\(ids[index]) names a parent but is neither attached nor an orphan")
            }
        }
        for index in corpus.utteranceIndices {
            let organization = organizationSpeakers.contains(corpus.speakerID(of: index))
            if (corpus.role(of: index) == .organization) != organization {
                failures.append("\(ids[index]) has role \(corpus.role(of: index))")
            }
            if let time = corpus.timestamp(of: index), !time.isFinite {
                failures.append("\(ids[index]) has a non-finite time")
            }
        }
        return failures
    }

    private func checkBroken(at path: String, file: String) -> [String] {
        var failures: [String] = []
        do {
            let report = try CorpusLoader.load([path], options: LoadOptions()).reports[0]
            let errors = report.problems.filter { $0.severity == .error }
            if errors.first?.location != SourceLocation(file: file, line: brokenLine) {
                failures.append("broken record reported as \(errors.map(\.description))")
            }
            if report.skippedCount == 0 { failures.append("the broken record was not skipped") }
        } catch {
            failures.append("skip policy threw \(error)")
        }
        do {
            _ = try CorpusLoader.load([path], options: LoadOptions(policy: .stop))
            failures.append("--strict loaded a file with a broken record")
        } catch {
            if case .badRecord(let problem) = error, problem.location.line == brokenLine {
            } else {
                failures.append("--strict threw \(error)")
            }
        }
        return failures
    }

    private func path(of directory: String) -> String {
        entry == "." ? directory : directory + "/" + entry
    }

    private func withFiles(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let directory = try RepositoryPaths.temporaryDirectory("conformance")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        try body(directory.path)
    }
}

/// One format's reader: how to recognise its input and how to stream it into a builder.
///
/// Adding a format is one new case of ``CorpusFormat``, one type conforming here and one
/// line in ``FormatRegistry/reader(for:)``; loading, `--format`, detection and the
/// `formats` command all follow from the registry.
protocol CorpusReader: Sendable {
    var format: CorpusFormat { get }
    /// What the format is, for `formats` and error messages.
    var info: FormatInfo { get }

    /// How well `candidate` looks like this format; nil when it does not.
    func match(_ candidate: FormatCandidate) -> FormatMatch?

    /// Streams `source` into `builder`. Bad records are reported in the returned report
    /// (or thrown as ``LoadError/badRecord(_:)`` under `--strict`).
    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport

    /// Checks the built corpus for what only the whole corpus shows (TWCS's
    /// `response_tweet_id` against the parents); problems go into `report`.
    func check(_ corpus: Corpus, report: inout LoadReport)
}

extension CorpusReader {
    func check(_ corpus: Corpus, report: inout LoadReport) {}
}

/// What a reader reads: one file, or a directory (a ConvoKit corpus).
enum ReaderSource {
    case file(InputFile)
    case directory(String)

    var path: String {
        switch self {
        case .file(let file): file.path
        case .directory(let path): path
        }
    }
}

/// What detection sees of an input.
struct FormatCandidate {
    var path: String
    var isDirectory: Bool
    /// The first bytes of a file (empty for a directory).
    var head: [UInt8]
    /// The names in a directory (empty for a file).
    var directoryEntries: [String] = []
}

/// How strongly an input looks like a format; the strongest match wins, ties go to the
/// earlier format in ``CorpusFormat/allCases``.
enum FormatMatch: Int, Comparable {
    /// The first bytes fit the format's general shape (`{` for JSON Lines).
    case content = 1
    /// The file name's extension names the format.
    case fileExtension = 2
    /// Content only this format has (TWCS's header, a ConvoKit directory's files):
    /// stronger than an extension, since a TWCS file is also a `.csv`.
    case signature = 3

    static func < (lhs: FormatMatch, rhs: FormatMatch) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A format as the `formats` command lists it.
public struct FormatInfo: Sendable, Equatable {
    public var format: CorpusFormat
    /// One line: what the reader takes and how it maps it.
    public var reads: String
    /// Whether `export --format` writes it.
    public var writes: Bool
    /// How it is recognised without `--format`.
    public var detection: String
    /// A command that loads it.
    public var example: String
}

extension CorpusFormat {
    /// The format's description from its reader.
    public var info: FormatInfo { FormatRegistry.reader(for: self).info }
}

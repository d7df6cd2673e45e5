/// A file of lexicon entries, one `word TAB valence` a line, as `lexicon load` reads it.
///
/// The format is the reference's own `vader_lexicon.txt` (further tab-separated fields, the
/// standard deviation and raw ratings, are ignored, as `make_lex_dict` ignores them), so a
/// domain lexicon in VADER's format loads as it is. Blank lines and comment lines (`#`
/// followed by a space, or alone: emoticons such as `#-)` are words) are skipped. A bad
/// line is reported with its location and does not stop the others.
public struct LexiconFile: Sendable, Equatable {
    /// One valid line.
    public struct Entry: Sendable, Equatable {
        public var word: String
        public var valence: Double
        public var line: Int
    }

    /// Valences outside this range are refused: the reference's ratings run from −4 to 4,
    /// and a larger value would swamp every other word of a text.
    public static let valenceRange: ClosedRange<Double> = -4...4

    public var entries: [Entry]
    /// Bad lines, as `file:line: reason`.
    public var problems: [LoadProblem]

    /// Parses `text`, naming `file` in problems.
    public init(parsing text: String, file: String) {
        entries = []
        problems = []
        var number = 0
        // "\r\n" is one Character in Swift, so CRLF files split like LF ones.
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for line in lines {
            number += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed == "#" || trimmed.hasPrefix("# ") { continue }
            switch Self.parse(line) {
            case .success(let (word, valence)):
                entries.append(Entry(word: word, valence: valence, line: number))
            case .failure(let problem):
                let location = SourceLocation(file: file, line: number)
                problems.append(LoadProblem(location, .error, problem.reason))
            }
        }
    }

    struct LineError: Error {
        var reason: String
    }

    static func parse(_ line: Substring) -> Result<(String, Double), LineError> {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 2 else {
            return .failure(LineError(reason: "expected a word, a tab and a valence"))
        }
        let word = fields[0].trimmingSpaces
        guard !word.isEmpty else { return .failure(LineError(reason: "empty word")) }
        guard !word.contains(where: \.isWhitespace) else {
            return .failure(
                LineError(reason: "'\(word)' contains a space: it could never match a word"))
        }
        let valueText = fields[1].trimmingSpaces
        guard let valence = Double(valueText), valence.isFinite else {
            return .failure(LineError(reason: "'\(valueText)' is not a number"))
        }
        guard valenceRange.contains(valence) else {
            return .failure(LineError(reason: "valence \(valueText) is outside -4…4"))
        }
        return .success((word, valence))
    }
}

extension SentimentLexicon {
    /// The lexicon with every entry of `file` set, later lines winning.
    public func setting(_ file: LexiconFile) -> SentimentLexicon {
        var copy = self
        for entry in file.entries { copy.set(entry.word, valence: entry.valence) }
        return copy
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

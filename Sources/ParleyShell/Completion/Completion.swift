/// What the completer offers for the word under the cursor.
///
/// Offsets count UTF-8 bytes, as readline's `rl_point` does, so the line editor can use
/// them directly.
public struct Completion: Sendable, Equatable {
    /// One way to finish the word.
    public struct Candidate: Sendable, Equatable {
        /// The text that replaces the line from `start` to the cursor, quoted and escaped
        /// so the session's tokenizer reads it back as the intended word.
        public var replacement: String
        /// What to show in a list of choices (a file's name without its directory).
        public var display: String
        /// False for a directory, whose path goes on; true when the word is whole and a
        /// space may follow it.
        public var isComplete: Bool

        public init(_ replacement: String, display: String? = nil, isComplete: Bool = true) {
            self.replacement = replacement
            self.display = display ?? replacement
            self.isComplete = isComplete
        }
    }

    /// Where the word being completed starts (UTF-8 offset into the line).
    public var start: Int
    /// Sorted, without duplicates; empty when nothing fits.
    public var candidates: [Candidate]

    public init(start: Int, candidates: [Candidate]) {
        self.start = start
        self.candidates = candidates
    }

    /// The replacements alone, for callers and tests that need no more.
    public var replacements: [String] { candidates.map(\.replacement) }

    /// The longest text every replacement begins with (whole characters).
    public var commonPrefix: String {
        guard var prefix = candidates.first?.replacement else { return "" }
        for candidate in candidates.dropFirst() {
            prefix = String(zip(prefix, candidate.replacement).prefix { $0 == $1 }.map(\.0))
        }
        return prefix
    }
}

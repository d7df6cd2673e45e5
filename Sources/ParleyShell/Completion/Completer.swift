/// Tab completion as a pure function of the line, the cursor and the session's state.
///
/// What is offered depends on where the cursor is: command names at the start of a
/// command (also after `;`), option names for a word starting with `-`, and otherwise what
/// the command says comes next (file paths, utterance ids, fixed choices, command names).
public enum Completer {
    /// At most this many utterance ids are offered; a corpus may hold millions.
    public static let utteranceIDLimit = 200

    /// The word under `cursor` (a UTF-8 offset into `line`) and the ways to finish it.
    ///
    /// - Parameters:
    ///   - source: the commands, their options and argument kinds, the corpus's ids.
    ///   - listDirectory: lists a directory for file path completion.
    ///   - homeDirectory: what a leading `~` stands for; nil leaves `~` as typed.
    public static func complete(
        line: String, cursor: Int, source: CompletionSource,
        listDirectory: DirectoryLister, homeDirectory: String? = nil
    ) -> Completion {
        let scanner = CompletionLineScanner(line: line, cursor: cursor)
        let word = scanner.partial
        guard !scanner.inComment else { return Completion(start: word.start, candidates: []) }
        let candidates: [Completion.Candidate]
        if let command = scanner.words.first {
            let kind: ArgumentKind =
                word.text.hasPrefix("-")
                ? .choices(source.optionNames(ofCommand: command))
                : source.argumentKind(ofCommand: command, after: Array(scanner.words.dropFirst()))
            candidates = argumentCandidates(
                kind, word: word, source: source, listDirectory: listDirectory,
                home: homeDirectory)
        } else {
            candidates = words(source.commandNames, matching: word)
        }
        return Completion(start: word.start, candidates: sortedUnique(candidates))
    }

    private static func argumentCandidates(
        _ kind: ArgumentKind, word: CompletionLineScanner.PartialWord, source: CompletionSource,
        listDirectory: DirectoryLister, home: String?
    ) -> [Completion.Candidate] {
        switch kind {
        case .none:
            return []
        case .commandName:
            return words(source.commandNames, matching: word)
        case .choices(let choices):
            return words(choices, matching: word)
        case .utteranceID:
            let ids = source.utteranceIDs(withPrefix: word.text, limit: utteranceIDLimit)
            return words(ids, matching: word)
        case .filePath:
            return PathCompletion.candidates(
                for: word.text, home: home, openQuote: word.openQuote,
                listDirectory: listDirectory)
        }
    }

    /// The `values` that begin with the typed word, quoted as the user began quoting.
    private static func words(_ values: [String], matching word: CompletionLineScanner.PartialWord)
        -> [Completion.Candidate]
    {
        values.filter { $0.hasPrefix(word.text) }.map { value in
            Completion.Candidate(
                CompletionQuoting.render(value, openQuote: word.openQuote, closing: true),
                display: value)
        }
    }

    private static func sortedUnique(_ candidates: [Completion.Candidate])
        -> [Completion.Candidate]
    {
        var seen = Set<String>()
        return candidates.sorted { $0.replacement < $1.replacement }.filter {
            seen.insert($0.replacement).inserted
        }
    }
}

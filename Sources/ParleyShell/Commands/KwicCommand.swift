import ArgumentParser
import ParleyCore

/// `kwic TERM [--regex] [width N] [where EXPR] [limit N]`: keyword in context.
struct KwicCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Show every occurrence of a word, phrase or pattern with its context.",
        usage: "kwic TERM [--regex] [width N] [where EXPR] [limit N]",
        discussion: """
            TERM is a word or a quoted phrase, matched ignoring case on word boundaries \\
            (as 'contains' in a where expression); with --regex it is a POSIX extended \\
            regular expression, ignoring case. Each line gives the utterance id, N \\
            characters of context on each side (default 30) and the match between them.
            """)

    static let examples = [
        "kwic refund limit 5", "kwic 'my order' width 20",
        "kwic --regex 'refund(ed)?' where role = organization limit 3",
    ]
    static let takesLimit = true
    static let takesWhere = true
    /// Context characters on each side unless `width N` says otherwise.
    static let defaultWidth = 30
    static let maximumWidth = 500

    @Flag(help: "Read TERM as a regular expression.")
    var regex = false

    @Argument(help: "The word, phrase or pattern, then optionally 'width N'.")
    var words: [String] = []

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        try clauses.refuseVersus()
        let corpus = session.corpus
        let (term, width) = try termAndWidth()
        let find = try finder(for: term)
        let predicate = try clauses.predicate(in: corpus)
        let hits = KeywordInContext.hits(
            in: corpus, limit: clauses.limit, where: { predicate?.matches($0) ?? true },
            find: find)
        return .table(
            Table(
                columns: [
                    .init("id"), .init("left", alignment: .right), .init("match"), .init("right"),
                ], rowCount: hits.count
            ) { row in
                let hit = hits[row]
                let line = KeywordInContext.line(for: hit, in: corpus, width: width)
                return [
                    .string(corpus.id(of: hit.utterance)), .string(line.left),
                    .string(line.match), .string(line.right),
                ]
            })
    }

    private func termAndWidth() throws -> (String, Int) {
        let usage = "kwic TERM [--regex] [width N]"
        guard let term = words.first else { throw ShellError("kwic needs a term: \(usage)") }
        let rest = Array(words.dropFirst())
        if rest.isEmpty { return (term, Self.defaultWidth) }
        guard rest.count == 2, rest[0] == "width" else {
            throw ShellError(
                "unexpected '\(rest.joined(separator: " "))' after the term: \(usage)",
                suggestion: "quote a phrase: kwic 'my order'")
        }
        guard let width = Int(rest[1]), (1...Self.maximumWidth).contains(width) else {
            throw ShellError(
                "width needs a number from 1 to \(Self.maximumWidth), not '\(rest[1])'")
        }
        return (term, width)
    }

    private func finder(for term: String) throws -> (UnsafeBufferPointer<UInt8>, Int) -> Range<Int>?
    {
        if regex {
            do {
                let compiled = try POSIXRegex(term, reportsRanges: true)
                return { compiled.firstMatch(in: $0, from: $1) }
            } catch {
                throw ShellError("bad regular expression '\(term)': \(error.message)")
            }
        }
        guard let phrase = PhraseMatcher(term) else {
            throw ShellError("kwic needs a word or phrase, not an empty term")
        }
        return { phrase.firstMatch(in: $0, from: $1) }
    }
}

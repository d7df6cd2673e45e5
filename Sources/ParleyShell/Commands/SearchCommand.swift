import ArgumentParser
import ParleyCore
import ParleyStore

/// `search QUERY [where EXPR] [limit N]`: full-text search ranked by relevance.
struct SearchCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of utterance text, best matches first (BM25).",
        usage: "search QUERY [where EXPR] [limit N]",
        discussion: """
            QUERY uses SQLite FTS5 syntax: words (all must occur), "a phrase" (quote it \
            inside the shell's quotes: search '"my order"'), prefixes (refund*), OR, NOT, \
            AND and parentheses. Matching ignores case and accents. Each hit shows the \
            utterance id, its relevance and a snippet with the matches in [brackets]. \
            The index lives in the workspace (built on import); without a workspace it is \
            built in memory on first use.
            """)

    static let examples = [
        "search refund limit 5", "search 'refund* OR cancel' where role = customer limit 3",
        "search '\"my order\" NOT late' limit 3",
    ]
    static let takesLimit = true
    static let takesWhere = true
    /// Hits shown without `limit N`.
    static let defaultLimit = 20

    @Argument(help: "The FTS5 query (several words are joined with spaces).")
    var words: [String] = []

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        try clauses.refuseVersus()
        let query = words.joined(separator: " ")
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ShellError("search needs a query", suggestion: "e.g. search refund")
        }
        let corpus = session.corpus
        let predicate = try clauses.predicate(in: corpus)
        let hits: [SearchHit]
        do {
            hits = try session.searchIndex().search(
                query, accepting: { predicate?.matches($0) ?? true },
                limit: clauses.limit ?? Self.defaultLimit)
        } catch let error as SearchSyntaxError {
            throw ShellError(
                "bad search query '\(error.query)': \(error.reason)",
                suggestion: "quote phrases with \"…\" and special characters too: "
                    + "search '\"e-mail\"'")
        } catch let error as WorkspaceError {
            throw ShellError(error.description)
        }
        return .table(
            Table(
                columns: [.init("id"), .init("score", alignment: .right), .init("snippet")],
                rows: hits.map { hit in
                    [
                        .string(corpus.id(of: hit.utterance)), .double(Self.rounded(hit.score)),
                        .text(Self.bracketed(hit.snippet)),
                    ]
                }))
    }

    /// BM25 scores to 3 decimals, so output is stable across SQLite builds.
    private static func rounded(_ score: Double) -> Double { (score * 1000).rounded() / 1000 }

    /// Matches between brackets, the form every output mode shows.
    static func bracketed(_ snippet: String) -> String {
        snippet.replacingOccurrences(of: SearchHit.highlightStart, with: "[")
            .replacingOccurrences(of: SearchHit.highlightEnd, with: "]")
    }
}

extension Session {
    /// The full-text index: the workspace's, or one built in memory for this corpus.
    func searchIndex() throws -> Workspace {
        if let workspace { return workspace }
        if let index = workspaceState.searchIndex, workspaceState.searchIndexReports == loadReports
        {
            return index
        }
        let index = try Workspace.inMemory()
        try index.importCorpus(corpus, sources: [])
        workspaceState.searchIndex = index
        workspaceState.searchIndexReports = loadReports
        return index
    }
}

import GRDB
import ParleyCore

/// One utterance found by ``Workspace/search(_:accepting:limit:)``.
public struct SearchHit: Sendable, Equatable {
    /// The utterance's position in the stored corpus.
    public var utterance: Int
    /// BM25 relevance (SQLite's `bm25()`, negated so that larger is better).
    public var score: Double
    /// The text around the matches, each match between ``SearchHit/highlightStart`` and
    /// ``SearchHit/highlightEnd``.
    public var snippet: String

    public static let highlightStart = "\u{2}"
    public static let highlightEnd = "\u{3}"
}

/// A full-text query SQLite could not read.
public struct SearchSyntaxError: Error, Sendable, Equatable {
    public var query: String
    public var reason: String
}

extension Workspace {
    /// Words around the matches in a snippet.
    static let snippetTokens = 12

    /// Utterances matching the FTS5 `query` (words, "phrases", prefix*, AND/OR/NOT,
    /// NEAR), best first (BM25), keeping those `accepting` allows, at most `limit`.
    public func search(
        _ query: String, accepting: (Int) -> Bool = { _ in true }, limit: Int? = nil
    ) throws -> [SearchHit] {
        try ensureSearchIndex()
        do {
            return try database.read { db in
                let cursor = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT rowid, bm25(utterance_fts) AS rank,
                        snippet(utterance_fts, 0, ?, ?, '…', ?) AS snippet
                        FROM utterance_fts WHERE utterance_fts MATCH ? ORDER BY rank
                        """,
                    arguments: [
                        SearchHit.highlightStart, SearchHit.highlightEnd, Self.snippetTokens,
                        query,
                    ])
                var hits: [SearchHit] = []
                while let row = try cursor.next() {
                    if let limit, hits.count >= limit { break }
                    let position: Int = row["rowid"]
                    guard accepting(position) else { continue }
                    hits.append(
                        SearchHit(utterance: position, score: -(row["rank"] as Double),
                                  snippet: row["snippet"]))
                }
                return hits
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw SearchSyntaxError(query: query, reason: Self.plainReason(error.message))
        } catch {
            throw classify(error)
        }
    }

    /// FTS5's message without its prefix ("fts5: syntax error near …").
    private static func plainReason(_ message: String?) -> String {
        let text = message ?? "syntax error"
        if text == "fts5: syntax error near \"\"" { return "the query ends too early" }
        return text.hasPrefix("fts5: ") ? String(text.dropFirst(6)) : text
    }

    /// Builds the index when the utterances are there but the index is not (a workspace
    /// migrated from before it existed); a no-op otherwise.
    private func ensureSearchIndex() throws {
        guard !isReadOnly else { return }
        try run {
            try database.write { db in
                let indexed =
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM utterance_fts_docsize") ?? 0
                let stored = try Int.fetchOne(db, sql: "SELECT count(*) FROM utterance") ?? 0
                if indexed != stored {
                    try db.execute(
                        sql: "INSERT INTO utterance_fts(utterance_fts) VALUES('rebuild')")
                }
            }
        }
    }
}

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
                let ranked = try rankedHits(query, accepting: accepting, limit: limit, db)
                return try ranked.map { position, score in
                    SearchHit(
                        utterance: position, score: score,
                        snippet: try snippet(of: position, query: query, db))
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw SearchSyntaxError(query: query, reason: Self.plainReason(error.message))
        } catch {
            throw classify(error)
        }
    }

    /// Positions and scores, best first. Snippets are made afterwards for the hits kept
    /// only: making one for every match of a common word costs more than the ranking.
    private func rankedHits(
        _ query: String, accepting: (Int) -> Bool, limit: Int?, _ db: Database
    ) throws -> [(Int, Double)] {
        // The cursor is read only until enough hits pass the filter.
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT rowid, rank FROM utterance_fts WHERE utterance_fts MATCH ?
                ORDER BY rank
                """,
            arguments: [query])
        var hits: [(Int, Double)] = []
        while let row = try cursor.next() {
            if let limit, hits.count >= limit { break }
            let position: Int = row[0]
            guard accepting(position) else { continue }
            hits.append((position, -(row[1] as Double)))
        }
        return hits
    }

    private func snippet(of position: Int, query: String, _ db: Database) throws -> String {
        try String.fetchOne(
            db,
            sql: """
                SELECT snippet(utterance_fts, 0, ?, ?, '…', ?) FROM utterance_fts
                WHERE utterance_fts MATCH ? AND rowid = ?
                """,
            arguments: [
                SearchHit.highlightStart, SearchHit.highlightEnd, Self.snippetTokens, query,
                position,
            ]) ?? ""
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
        guard !isReadOnly, !searchIndexIsCurrent else { return }
        try run {
            try database.write { db in
                // The last rowid on each side, found through the b-trees: an import fills
                // both in one transaction, so they differ only when the index is missing.
                let indexed =
                    try Int.fetchOne(
                        db, sql: "SELECT coalesce(max(id), -1) FROM utterance_fts_docsize")
                    ?? -1
                let stored =
                    try Int.fetchOne(db, sql: "SELECT coalesce(max(position), -1) FROM utterance")
                    ?? -1
                if indexed != stored {
                    try db.execute(
                        sql: "INSERT INTO utterance_fts(utterance_fts) VALUES('rebuild')")
                }
            }
        }
        searchIndexIsCurrent = true
    }
}

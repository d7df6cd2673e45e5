import GRDB
import GRDBSQLite
import ParleyCore

/// The corpus kept in a workspace and the files it was imported from.
public struct StoredCorpus: Sendable {
    public var corpus: Corpus
    public var sources: [WorkspaceSource]
}

extension Workspace {
    /// The stored corpus, rebuilt without reading its source files; nil when none was
    /// imported. Throws ``WorkspaceError/corrupted(path:reason:)`` for unreadable rows.
    /// A page check deferred by ``open(_:integrity:)`` is waited for here, and a damaged
    /// file refused, even when the restore itself succeeded.
    public func storedCorpus(cancellation: Cancellation = .never) throws -> StoredCorpus? {
        let stored: StoredCorpus?
        do {
            stored = try run {
                try database.read { db in
                    let sources = try Self.sources(db)
                    let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM utterance") ?? 0
                    if sources.isEmpty, count == 0 { return nil }
                    let corpus = try restoreCorpus(count: count, db, cancellation: cancellation)
                    return StoredCorpus(corpus: corpus, sources: sources)
                }
            }
        } catch {
            // The check's own verdict names the damage better than a failed read does.
            try settleIntegrity()
            throw error
        }
        try settleIntegrity()
        return stored
    }

    /// The files the stored corpus came from, in load order.
    public func sources() throws -> [WorkspaceSource] {
        try run { try database.read(Self.sources) }
    }

    static func sources(_ db: Database) throws -> [WorkspaceSource] {
        try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY position").map { row in
            WorkspaceSource(
                name: row["name"], path: row["path"], format: row["format"], size: row["size"],
                modified: row["modified"], hash: row["hash"], recordCount: row["record_count"],
                loadedCount: row["loaded_count"], skippedCount: row["skipped_count"])
        }
    }

    private func restoreCorpus(count: Int, _ db: Database, cancellation: Cancellation) throws
        -> Corpus
    {
        let speakers = try Row.fetchAll(db, sql: "SELECT id, role FROM speaker ORDER BY position")
        let speakerIDs: [[UInt8]] = speakers.map { Array(($0["id"] as String).utf8) }
        let files = try String.fetchAll(db, sql: "SELECT name FROM source_file ORDER BY position")
        let textBytes = try Self.storedTextBytes(db)
        var builder = CorpusBuilder()
        builder.reserveCapacity(count, textBytes: textBytes)
        let statement = try db.makeStatement(
            sql: """
                SELECT id, speaker, reply_to, timestamp, text, source_file, source_line, metadata
                FROM utterance ORDER BY position
                """)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var row = 0
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            // A damaged page, say: reported as the database error it is.
            guard code == SQLITE_ROW else { throw SQLiteBinding.error(code, db) }
            if row & 0xFFFF == 0, cancellation.isCancelled { throw CancelledError() }
            try addRow(handle, speakers: speakerIDs, files: files, to: &builder)
            row += 1
        }
        var corpus = try builder.build(cancellation: cancellation)
        for speaker in speakers where (speaker["role"] as String) == Role.organization.rawValue {
            if let index = corpus.speakerIndex(ofID: speaker["id"]) {
                corpus.setRole(.organization, ofSpeaker: index)
            }
        }
        return corpus
    }

    private func addRow(
        _ handle: SQLiteStatement, speakers: [[UInt8]], files: [String],
        to builder: inout CorpusBuilder
    ) throws {
        let speaker = Int(sqlite3_column_int64(handle, 1))
        guard speakers.indices.contains(speaker),
            let metadata = Self.columnBytes(handle, 7, MetadataCoding.decode)
        else {
            throw WorkspaceError.corrupted(path: path, reason: "an utterance row is damaged")
        }
        var source: SourceLocation?
        if sqlite3_column_type(handle, 5) != SQLITE_NULL {
            let file = Int(sqlite3_column_int64(handle, 5))
            if files.indices.contains(file) {
                source = SourceLocation(
                    file: files[file], line: Int(sqlite3_column_int64(handle, 6)))
            }
        }
        let timestamp: Double? =
            sqlite3_column_type(handle, 3) == SQLITE_NULL ? nil : sqlite3_column_double(handle, 3)
        let outcome = Self.columnBytes(handle, 0) { id in
            Self.columnBytes(handle, 2) { replyTo in
                Self.columnBytes(handle, 4) { text in
                    speakers[speaker].withUnsafeBufferPointer { speakerID in
                        builder.add(
                            validUTF8ID: id, replyTo: replyTo, speaker: speakerID,
                            timestamp: timestamp, text: text, role: nil, metadata: metadata,
                            source: source)
                    }
                }
            }
        }
        guard case .added = outcome else {
            throw WorkspaceError.corrupted(path: path, reason: "an utterance id is stored twice")
        }
    }

    /// The bytes of all utterance text, as the import recorded it (one scan of the table
    /// for a workspace imported before it was recorded).
    private static func storedTextBytes(_ db: Database) throws -> Int {
        if let recorded = try Int.fetchOne(
            db, sql: "SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'text_bytes'")
        {
            return recorded
        }
        return try Int.fetchOne(
            db, sql: "SELECT sum(length(CAST(text AS BLOB))) FROM utterance") ?? 0
    }

    /// Calls `body` with a column's bytes (empty for NULL), valid until the next step.
    private static func columnBytes<Result>(
        _ handle: SQLiteStatement, _ column: Int32,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let base = sqlite3_column_blob(handle, column) else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return try body(
            UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
    }
}

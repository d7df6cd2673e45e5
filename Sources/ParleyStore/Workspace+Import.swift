import Foundation
import GRDB
import GRDBSQLite
import ParleyCore

extension Workspace {
    /// The page cache during an import, in KiB (SQLite allocates pages only as used).
    static let importCacheKilobytes = 256 * 1024

    /// Replaces the workspace's corpus with `corpus` (imported from `sources`) in one
    /// transaction, rebuilds the full-text index and drops scores, which described the old
    /// utterances. Annotations name utterances and speakers by id, so they stay.
    public func importCorpus(_ corpus: Corpus, sources: [WorkspaceSource]) throws {
        try requireWritable()
        try run {
            // A bulk import touches hundreds of MB; SQLite's 2 MB default cache would spill
            // and re-read pages many times over. The cache shrinks back afterwards.
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -\(Self.importCacheKilobytes)")
            }
            defer {
                try? database.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA shrink_memory")
                }
            }
            try database.write { db in
                try db.execute(
                    sql: """
                        DELETE FROM utterance; DELETE FROM speaker; DELETE FROM source_file;
                        DELETE FROM conversation; DELETE FROM source; DELETE FROM sentiment_scores;
                        INSERT INTO utterance_fts(utterance_fts) VALUES('delete-all');
                        """)
                try insertSources(sources, db)
                try insertSpeakers(corpus, db)
                let files = try insertSourceFiles(corpus, db)
                try insertUtterances(corpus, sourceFiles: files, db)
                try insertConversations(corpus, db)
                // Lets a reopen size its text buffer without scanning every text.
                let textBytes = corpus.utteranceIndices.reduce(0) {
                    $0 + corpus.textByteCount(of: $1)
                }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('text_bytes', ?)",
                    arguments: [String(textBytes)])
                try db.execute(sql: "INSERT INTO utterance_fts(utterance_fts) VALUES('rebuild')")
            }
        }
        searchIndexIsCurrent = true
    }

    private func insertSources(_ sources: [WorkspaceSource], _ db: Database) throws {
        let now = Date().timeIntervalSince1970
        for source in sources {
            try db.execute(
                sql: """
                    INSERT INTO source (name, path, format, size, modified, hash, record_count,
                    loaded_count, skipped_count, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?)
                    """,
                arguments: [
                    source.name, source.path, source.format, source.size, source.modified,
                    source.hash, source.recordCount, source.loadedCount, source.skippedCount, now,
                ])
        }
    }

    private func insertSpeakers(_ corpus: Corpus, _ db: Database) throws {
        let statement = try db.makeStatement(
            sql: "INSERT INTO speaker (position, id, role) VALUES (?, ?, ?)")
        for index in 0..<corpus.speakerCount {
            let speaker = corpus.speaker(index)
            try statement.execute(arguments: [index, speaker.id, speaker.role.rawValue])
        }
    }

    /// Source file names in the order first met; returns their positions by name.
    private func insertSourceFiles(_ corpus: Corpus, _ db: Database) throws -> [String: Int] {
        var positions: [String: Int] = [:]
        for name in corpus.sourceFileNames where positions[name] == nil {
            positions[name] = positions.count
            try db.execute(
                sql: "INSERT INTO source_file (position, name) VALUES (?, ?)",
                arguments: [positions.count - 1, name])
        }
        return positions
    }

    /// One prepared statement bound with SQLite's C calls: a million rows through GRDB's
    /// argument values would spend most of the import allocating them.
    private func insertUtterances(_ corpus: Corpus, sourceFiles: [String: Int], _ db: Database)
        throws
    {
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO utterance (position, id, speaker, reply_to, timestamp, text,
                source_file, source_line, metadata) VALUES (?,?,?,?,?,?,?,?,?)
                """)
        let handle = statement.sqliteStatement
        for index in corpus.utteranceIndices {
            sqlite3_reset(handle)
            sqlite3_bind_int64(handle, 1, Int64(index))
            SQLiteBinding.bind(corpus.id(of: index), to: handle, at: 2)
            sqlite3_bind_int64(handle, 3, Int64(corpus.speakerIndex(of: index)))
            SQLiteBinding.bind(corpus.replyTo(of: index), to: handle, at: 4)
            if let time = corpus.timestamp(of: index) {
                sqlite3_bind_double(handle, 5, time)
            } else {
                sqlite3_bind_null(handle, 5)
            }
            corpus.withTextBytes(of: index) { SQLiteBinding.bindText($0, to: handle, at: 6) }
            if let source = corpus.source(of: index), let file = sourceFiles[source.file] {
                sqlite3_bind_int64(handle, 7, Int64(file))
                sqlite3_bind_int64(handle, 8, Int64(source.line))
            } else {
                sqlite3_bind_null(handle, 7)
                sqlite3_bind_null(handle, 8)
            }
            SQLiteBinding.bind(
                MetadataCoding.encode(corpus.metadata.entries(of: index)), to: handle, at: 9)
            try SQLiteBinding.step(handle, db)
        }
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private func insertConversations(_ corpus: Corpus, _ db: Database) throws {
        let statement = try db.makeStatement(
            sql: "INSERT INTO conversation (position, id, root) VALUES (?, ?, ?)")
        for (position, root) in corpus.forest.roots.enumerated() {
            try statement.execute(arguments: [position, corpus.id(of: root), root])
        }
    }
}

/// SQLite's C binding calls for the bulk paths. Values are copied by SQLite
/// (`SQLITE_TRANSIENT`) since the Swift buffers do not outlive the call.
enum SQLiteBinding {
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    static func bind(_ text: String?, to handle: SQLiteStatement, at index: Int32) {
        guard var text else {
            sqlite3_bind_null(handle, index)
            return
        }
        text.withUTF8 { bindText($0, to: handle, at: index) }
    }

    static func bindText(
        _ bytes: UnsafeBufferPointer<UInt8>, to handle: SQLiteStatement, at index: Int32
    ) {
        // A non-null pointer even for empty text, which SQLite would otherwise store as NULL.
        let empty: StaticString = ""
        let base = bytes.baseAddress ?? empty.utf8Start
        base.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) {
            _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), transient)
        }
    }

    static func bind(_ bytes: [UInt8], to handle: SQLiteStatement, at index: Int32) {
        if bytes.isEmpty {
            sqlite3_bind_null(handle, index)
            return
        }
        bytes.withUnsafeBytes {
            _ = sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), transient)
        }
    }

    static func step(_ handle: SQLiteStatement, _ db: Database) throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code, db) }
    }

    /// The error SQLite reported with result `code`, as GRDB reports its own.
    static func error(_ code: Int32, _ db: Database) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) })
    }
}

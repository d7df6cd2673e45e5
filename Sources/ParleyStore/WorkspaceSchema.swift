import GRDB

/// The tables of a workspace and how each version of them is reached from the one before.
///
/// A workspace carries `application_id` ``applicationID`` (so Parley knows its own files)
/// and `user_version` = its schema version (so an older Parley refuses a newer file before
/// reading anything). GRDB's migrator records which migrations ran.
enum WorkspaceSchema {
    /// "Prly" in ASCII.
    static let applicationID: Int32 = 0x5072_6C79
    /// The newest schema this Parley writes and reads.
    static let currentVersion = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: corpus, annotations, scores, full-text index") { db in
            try createVersion1(db)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        return migrator
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE source (
                    position INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL,
                    format TEXT NOT NULL, size INTEGER NOT NULL, modified REAL NOT NULL,
                    hash TEXT NOT NULL, record_count INTEGER NOT NULL,
                    loaded_count INTEGER NOT NULL, skipped_count INTEGER NOT NULL,
                    imported_at REAL NOT NULL);
                CREATE TABLE source_file (position INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE speaker (
                    position INTEGER PRIMARY KEY, id TEXT NOT NULL, role TEXT NOT NULL);
                CREATE TABLE utterance (
                    position INTEGER PRIMARY KEY, id TEXT NOT NULL,
                    speaker INTEGER NOT NULL, reply_to TEXT, timestamp REAL,
                    text TEXT NOT NULL, source_file INTEGER, source_line INTEGER,
                    metadata BLOB);
                CREATE TABLE conversation (
                    position INTEGER PRIMARY KEY, id TEXT NOT NULL, root INTEGER NOT NULL);
                CREATE VIRTUAL TABLE utterance_fts USING fts5(
                    text, content='utterance', content_rowid='position',
                    tokenize='unicode61 remove_diacritics 2');
                CREATE TABLE annotation (
                    position INTEGER PRIMARY KEY, kind TEXT NOT NULL, change TEXT NOT NULL,
                    recorded_at REAL NOT NULL);
                CREATE TABLE sentiment_scores (
                    lexicon_version TEXT PRIMARY KEY, utterance_count INTEGER NOT NULL,
                    scores BLOB NOT NULL);
                CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
    }
}

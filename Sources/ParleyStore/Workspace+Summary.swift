import GRDB
import ParleyCore

/// What `workspace` shows about the file.
public struct WorkspaceSummary: Sendable {
    public var path: String
    public var byteCount: Int
    public var schemaVersion: Int
    public var isReadOnly: Bool
    public var sources: [WorkspaceSource]
    public var utteranceCount: Int
    public var speakerCount: Int
    public var conversationCount: Int
    public var annotationCounts: [AnnotationKind: Int]
    /// Lexicon versions with stored scores.
    public var scoredLexiconVersions: [String]
}

extension Workspace {
    public func summary() throws -> WorkspaceSummary {
        let counts = try counts()
        return try run {
            try database.read { db in
                func count(_ table: String) throws -> Int {
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                }
                return WorkspaceSummary(
                    path: path, byteCount: fileSize,
                    schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                    isReadOnly: isReadOnly, sources: try Self.sources(db),
                    utteranceCount: try count("utterance"), speakerCount: try count("speaker"),
                    conversationCount: try count("conversation"), annotationCounts: counts,
                    scoredLexiconVersions: try String.fetchAll(
                        db, sql: "SELECT lexicon_version FROM sentiment_scores ORDER BY 1"))
            }
        }
    }
}

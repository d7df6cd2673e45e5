import Foundation
import GRDB
import ParleyCore

/// A workspace file: one SQLite database (WAL mode) holding the corpus, the analyst's
/// changes, sentiment scores and a full-text index.
///
/// What a caller can rely on: every method that changes the file does so in one
/// transaction that is committed when it returns, so a crash at any moment loses at most
/// the change in flight. Opening never writes to a file it refuses. Only one process
/// writes at a time: a second one gets a read-only workspace (``isReadOnly``).
public final class Workspace: AnnotationStore {
    /// The path as given to ``open(_:)``.
    public let path: String
    /// True when another Parley holds the workspace for writing.
    public let isReadOnly: Bool
    let database: DatabaseQueue
    private let lock: WorkspaceLock?
    /// The page check still running when opened with ``IntegrityCheckTiming/alongsideRestore``.
    private var pendingCheck: BackgroundIntegrityCheck?
    /// Whether the full-text index is known to cover every utterance (checked once per
    /// open: counting a million rows on every search cost most of its time).
    var searchIndexIsCurrent = false

    /// When ``open(_:integrity:)`` checks every page of an existing file.
    public enum IntegrityCheckTiming: Sendable {
        /// Before it returns: a damaged file is refused by `open` itself.
        case beforeReturning
        /// On another thread while ``storedCorpus(cancellation:)`` restores the corpus,
        /// which then refuses a damaged file; nothing is written to the file before the
        /// check has passed.
        case alongsideRestore
    }

    private init(path: String, database: DatabaseQueue, lock: WorkspaceLock?, inMemory: Bool) {
        self.path = path
        self.database = database
        self.lock = lock
        self.isReadOnly = lock == nil && !inMemory
    }

    /// A workspace that lives in memory only (the search index of a session without a
    /// workspace file).
    public static func inMemory() throws(WorkspaceError) -> Workspace {
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(configuration: configuration(false))
        } catch {
            throw .database(message(of: error))
        }
        let workspace = Workspace(path: ":memory:", database: database, lock: nil, inMemory: true)
        try workspace.prepare(isNew: true, integrity: .beforeReturning)
        return workspace
    }

    deinit {
        try? database.close()
        lock?.release()
    }

    /// Opens the workspace at `path`, creating it when there is no file (or an empty one).
    public static func open(
        _ path: String, integrity: IntegrityCheckTiming = .beforeReturning
    ) throws(WorkspaceError) -> Workspace {
        let kind = try WorkspaceFileCheck.check(path)
        let lock = WorkspaceLock(path: path, create: kind == .absent)
        if lock == nil, kind == .absent {
            throw .cannotOpen(path: path, reason: "the file cannot be created")
        }
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(path: path, configuration: configuration(lock == nil))
        } catch {
            lock?.release()
            throw .cannotOpen(path: path, reason: Self.message(of: error))
        }
        let workspace = Workspace(path: path, database: database, lock: lock, inMemory: false)
        try workspace.prepare(isNew: kind == .absent, integrity: integrity)
        return workspace
    }

    private static func configuration(_ readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.label = "workspace"
        // A reader may meet the writer's checkpoint; waiting a little is better than failing.
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// Checks what the file is, then (when writable) brings its schema up to date.
    private func prepare(isNew: Bool, integrity: IntegrityCheckTiming) throws(WorkspaceError) {
        do {
            if !isNew { try checkIdentity(integrity) }
            guard !isReadOnly else { return }
            try database.writeWithoutTransaction { db in
                // Durable commits: each change is on disk when its command returns.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            try WorkspaceSchema.migrator.migrate(database)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw classify(error)
        }
    }

    /// Refuses a foreign, newer or damaged file before anything is written to it (a
    /// deferred page check is waited for before any write, migrations included).
    private func checkIdentity(_ integrity: IntegrityCheckTiming) throws {
        let (applicationID, version) = try database.read { db in
            (
                try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            )
        }
        guard applicationID == WorkspaceSchema.applicationID else {
            throw WorkspaceError.notAWorkspace(path: path)
        }
        if version > WorkspaceSchema.currentVersion {
            throw WorkspaceError.newerSchema(
                path: path, found: version, supported: WorkspaceSchema.currentVersion)
        }
        if integrity == .alongsideRestore, version == WorkspaceSchema.currentVersion {
            pendingCheck = BackgroundIntegrityCheck(path: path)
            return
        }
        let problems = try database.read { db in
            try String.fetchAll(db, sql: "PRAGMA quick_check(1)")
        }
        try refuseUnlessSound(problems)
    }

    private func refuseUnlessSound(_ problems: [String]) throws(WorkspaceError) {
        if problems != ["ok"] {
            throw WorkspaceError.corrupted(
                path: path, reason: problems.first ?? "the integrity check failed")
        }
    }

    /// Waits for a deferred page check and refuses the file if it failed.
    func settleIntegrity() throws(WorkspaceError) {
        guard let check = pendingCheck else { return }
        pendingCheck = nil
        try refuseUnlessSound(check.wait())
    }

    /// The schema version stored in the file.
    public func schemaVersion() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    /// The bytes the workspace takes: the file and its write-ahead log (whose pages
    /// SQLite moves into the file at checkpoints).
    public var fileSize: Int {
        [path, path + "-wal"].reduce(0) { total, file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    /// Rewrites the file without free pages (SQLite's VACUUM) after checkpointing the log.
    public func vacuum() throws {
        try requireWritable()
        try run {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
    }

    func requireWritable() throws(WorkspaceError) {
        if isReadOnly { throw .readOnly(path: path) }
        try settleIntegrity()
    }

    /// Runs `body`, turning database errors into ``WorkspaceError``s.
    func run<Result>(_ body: () throws -> Result) throws(WorkspaceError) -> Result {
        do {
            return try body()
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw classify(error)
        }
    }

    func classify(_ error: any Error) -> WorkspaceError {
        guard let error = error as? DatabaseError else {
            return .database(Self.message(of: error))
        }
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .corrupted(path: path, reason: error.message ?? "\(error.resultCode)")
        case .SQLITE_READONLY:
            return .readOnly(path: path)
        default:
            return .database(error.message ?? "\(error.resultCode)")
        }
    }

    static func message(of error: any Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }
}

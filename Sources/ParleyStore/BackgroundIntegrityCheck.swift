import Foundation
import GRDB

/// SQLite's `quick_check` of a workspace, run on its own read-only connection on another
/// thread, so that reopening a large workspace checks every page while the corpus is
/// being restored instead of before (half a second of a million-utterance reopen).
final class BackgroundIntegrityCheck: @unchecked Sendable {
    private let done = DispatchGroup()
    private let lock = NSLock()
    private var problems: [String] = []

    init(path: String) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let found = Self.check(path)
            lock.withLock { problems = found }
            done.leave()
        }
    }

    /// What the check found: `["ok"]` for a sound file, else the first problem.
    func wait() -> [String] {
        done.wait()
        return lock.withLock { problems }
    }

    private static func check(_ path: String) -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        do {
            let database = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? database.close() }
            return try database.read { db in
                try String.fetchAll(db, sql: "PRAGMA quick_check(1)")
            }
        } catch {
            return [String(describing: error)]
        }
    }
}

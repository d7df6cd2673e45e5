import Foundation
import GRDB
import ParleyCore

extension Workspace {
    /// Records `changes` in one transaction: all are committed when this returns.
    public func record(_ changes: [AnnotationChange]) throws {
        try requireWritable()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let now = Date().timeIntervalSince1970
        try run {
            try database.write { db in
                for change in changes {
                    let json = String(decoding: try encoder.encode(change), as: UTF8.self)
                    try db.execute(
                        sql: "INSERT INTO annotation (kind, change, recorded_at) VALUES (?, ?, ?)",
                        arguments: [change.kind.rawValue, json, now])
                }
            }
        }
    }

    /// Every recorded change, oldest first.
    public func changes() throws -> [AnnotationChange] {
        let decoder = JSONDecoder()
        let texts = try run {
            try database.read { db in
                try String.fetchAll(db, sql: "SELECT change FROM annotation ORDER BY position")
            }
        }
        return try texts.map { text in
            do {
                return try decoder.decode(AnnotationChange.self, from: Data(text.utf8))
            } catch {
                throw WorkspaceError.corrupted(
                    path: path, reason: "an annotation cannot be read: \(text.prefix(80))")
            }
        }
    }

    public func counts() throws -> [AnnotationKind: Int] {
        let rows = try run {
            try database.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT kind, count(*) AS n FROM annotation GROUP BY kind")
            }
        }
        var counts: [AnnotationKind: Int] = [:]
        for row in rows {
            if let kind = AnnotationKind(rawValue: row["kind"]) { counts[kind] = row["n"] }
        }
        return counts
    }
}

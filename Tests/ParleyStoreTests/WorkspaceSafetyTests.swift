import Foundation
import GRDB
import ParleyCore
import ParleyStore
import Testing

/// Files that are not (sound, current) workspaces are refused with a clear error, and
/// refusing them changes no byte.
@Suite struct WorkspaceSafetyTests {
    /// A workspace with a corpus, its log checkpointed into the file and closed.
    private func savedWorkspace(_ label: String) throws -> String {
        let path = try temporaryWorkspacePath(label)
        do {
            let workspace = try Workspace.open(path)
            try workspace.importCorpus(try richCorpus(), sources: [])
            try workspace.record(.lexiconEntry(.init(word: "refund", change: .valence(-2))))
            try workspace.vacuum()
        }
        return path
    }

    private func openError(
        _ path: String, integrity: Workspace.IntegrityCheckTiming = .beforeReturning
    ) -> WorkspaceError? {
        do {
            let workspace = try Workspace.open(path, integrity: integrity)
            _ = try workspace.storedCorpus()
            return nil
        } catch {
            return error as? WorkspaceError
        }
    }

    @Test func aTextFileIsNotAWorkspace() throws {
        let path = try temporaryWorkspacePath("text")
        try Data("id,text\n1,hello\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(openError(path) == .notAWorkspace(path: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "id,text\n1,hello\n")
    }

    @Test func anotherProgramsSQLiteDatabaseIsNotAWorkspace() throws {
        let path = try temporaryWorkspacePath("foreign")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(openError(path) == .notAWorkspace(path: path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aWorkspaceFromANewerParleyIsRefusedUntouched() throws {
        let path = try savedWorkspace("newer")
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = 99")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(openError(path) == .newerSchema(path: path, found: 99, supported: 1))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(
            WorkspaceError.newerSchema(path: "s.parley", found: 99, supported: 1).description
                == "'s.parley' was written by a newer Parley (schema 99; this Parley knows up "
                + "to 1): upgrade Parley to open it")
    }

    @Test(arguments: [0.5, 0.9])
    func aTruncatedWorkspaceIsReportedAndLeftAsItIs(keeping fraction: Double) throws {
        let path = try savedWorkspace("truncated")
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let cut = whole.prefix(Int(Double(whole.count) * fraction) / 512 * 512 + 100)
        try cut.write(to: URL(fileURLWithPath: path))
        for timing in [Workspace.IntegrityCheckTiming.beforeReturning, .alongsideRestore] {
            let error = openError(path, integrity: timing)
            guard case .corrupted = error else {
                Issue.record("a truncated file opened (\(timing)): \(String(describing: error))")
                return
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == cut)
        }
    }

    /// Bytes flipped in the header, in the schema page and in a table page: each must give
    /// an error (never a crash or a silently wrong corpus) and leave the file as it was.
    @Test(arguments: [3, 17, 4096 + 0, 4096 + 7, 2 * 4096 + 1])
    func flippedBytesAreReportedAndLeftAsTheyAre(at offset: Int) throws {
        let path = try savedWorkspace("flipped")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try #require(offset < bytes.count)
        bytes[offset] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: path))
        for timing in [Workspace.IntegrityCheckTiming.beforeReturning, .alongsideRestore] {
            let error = openError(path, integrity: timing)
            #expect(error != nil, "flipping byte \(offset) went unnoticed (\(timing))")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        }
    }

    @Test func aSecondOpenerGetsAReadOnlyWorkspaceThatRefusesChanges() throws {
        let path = try savedWorkspace("locked")
        let first = try Workspace.open(path)
        let second = try Workspace.open(path)
        #expect(!first.isReadOnly)
        #expect(second.isReadOnly)
        #expect(throws: WorkspaceError.readOnly(path: path)) {
            try second.record(.memo(.init(target: "t", coder: "c", text: "x", time: 0)))
        }
        try first.record(.memo(.init(target: "t", coder: "c", text: "first", time: 0)))
        // The reader sees what the writer committed.
        #expect(try second.counts()[.memo] == 1)
    }

    @Test func aMissingDirectoryIsAClearError() {
        let error = openError("/nonexistent-dir/x.parley")
        guard case .cannotOpen = error else {
            Issue.record("got \(String(describing: error))")
            return
        }
    }
}

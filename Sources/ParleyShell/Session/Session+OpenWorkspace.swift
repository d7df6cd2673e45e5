import Foundation
import ParleyCore
import ParleyStore

extension Session {
    /// Opens (or creates) the workspace at `path`. A new one receives the session's corpus
    /// and changes; an existing one replaces them, which is refused while the session has
    /// unsaved changes. Returns the workspace's sources with their status.
    @discardableResult
    func openWorkspace(_ path: String) throws -> [(WorkspaceSource, WorkspaceSource.Status)] {
        // Opening the workspace that is open (to restore it as stored) must not meet its
        // own lock and come back read-only.
        if let current = workspace, current.path == resolve(path) {
            workspaceState.workspace = nil
        }
        let opened = try Self.openFile(resolve(path), typed: path, integrity: .alongsideRestore)
        if opened.isReadOnly {
            note(
                "note: '\(path)' is open in another Parley; opened read-only (changes "
                    + "cannot be saved until it is closed there)")
        }
        let restored: StoredCorpus?
        do {
            restored = try opened.storedCorpus(cancellation: options.cancellation)
        } catch let error as WorkspaceError {
            throw ShellError(error.renamed(resolve(path), to: path).description)
        }
        guard let stored = restored else {
            try adopt(opened, named: path)
            return []
        }
        if !(try workspaceState.memory.changes()).isEmpty {
            throw ShellError(
                "this session has unsaved changes that opening '\(path)' would replace",
                suggestion: "keep them first with 'save FILE'")
        }
        try restore(stored, from: opened, named: path)
        return stored.sources.map { ($0, $0.currentStatus()) }
    }

    /// Writes a new workspace at `path` from the session and continues in it.
    func saveWorkspace(_ path: String) throws {
        let resolved = resolve(path)
        if let size = try? FileManager.default.attributesOfItem(atPath: resolved)[.size]
            as? NSNumber, size.intValue > 0
        {
            throw ShellError(
                "'\(path)' already exists; save writes a new workspace",
                suggestion: "choose another name, or 'open \(path)' to work in it")
        }
        try adopt(try Self.openFile(resolved, typed: path), named: path)
    }

    private static func openFile(
        _ path: String, typed: String,
        integrity: Workspace.IntegrityCheckTiming = .beforeReturning
    ) throws -> Workspace {
        do {
            return try Workspace.open(path, integrity: integrity)
        } catch {
            throw ShellError(error.renamed(path, to: typed).description)
        }
    }

    /// Makes `opened` (empty) the session's workspace, copying the session into it.
    private func adopt(_ opened: Workspace, named name: String) throws {
        if opened.isReadOnly {
            throw ShellError(WorkspaceError.readOnly(path: name).description)
        }
        if !corpus.isEmpty { try importCorpus(into: opened) }
        try opened.record(try workspaceState.memory.changes())
        if let scores = sentiment.scores, sentiment.isCurrent {
            try opened.storeScores(scores, lexiconVersion: sentiment.lexicon.version)
        }
        workspaceState.workspace = opened
        workspaceState.name = name
        workspaceState.memory = InMemoryAnnotationStore()
    }

    /// Replaces the session's corpus, lexicon, roles and scores with the workspace's.
    private func restore(_ stored: StoredCorpus, from opened: Workspace, named name: String)
        throws
    {
        let changes = try opened.changes()
        corpus = stored.corpus
        let book = Self.roleBook(replaying: changes)
        setRoleBook(book)
        loadReports = stored.sources.map(\.loadReport)
        sentiment.setLexicon(SentimentLexicon.replaying(changes))
        let version = sentiment.lexicon.version
        if let scores = try opened.storedScores(
            lexiconVersion: version, count: corpus.utteranceCount)
        {
            sentiment.store(scores)
        }
        let recordedThemes = try restoreThemes(replaying: changes)
        workspaceState = WorkspaceState(
            workspace: opened, name: name, storedReports: loadReports,
            recordedRoleChanges: book.changes.count, recordedThemes: recordedThemes)
    }
}

extension WorkspaceSource {
    /// The load summary of the import, as `info` and `problems` read it.
    var loadReport: LoadReport {
        var report = LoadReport(file: name, format: CorpusFormat(rawValue: format) ?? .jsonl)
        report.recordCount = recordCount
        report.loadedCount = loadedCount
        report.skippedCount = skippedCount
        report.byteCount = size
        return report
    }
}

extension Error {
    /// The error with the resolved path named as the user typed it.
    func renamed(_ path: String, to typed: String) -> String {
        String(describing: self).replacingOccurrences(of: "'\(path)'", with: "'\(typed)'")
    }
}

import Foundation
import ParleyCore
import ParleyStore

/// The session's workspace, if one is open, and where its annotations go.
struct WorkspaceState {
    /// The open workspace; nil when the session works in memory.
    var workspace: Workspace?
    /// Its path as the analyst typed it (what messages show).
    var name = ""
    /// Changes made without a workspace (copied into one by `save` or `open`).
    var memory = InMemoryAnnotationStore()
    /// The load reports the workspace's corpus matches; a load changes the session's
    /// reports, and the corpus is imported after that command.
    var storedReports: [LoadReport] = []
    /// An index over the corpus for `search` in a session without a workspace (built on
    /// first use, dropped when the corpus changes).
    var searchIndex: Workspace?
    var searchIndexReports: [LoadReport] = []
    /// How many of the role book's changes are recorded as annotations.
    var recordedRoleChanges = 0
    /// What of the theme coding is recorded as annotations (`Session+ThemeAnnotations`).
    var recordedThemes = RecordedThemes()
}

extension Session {
    /// The open workspace, if any.
    public var workspace: Workspace? { workspaceState.workspace }

    /// The open workspace's path as typed; nil without one.
    public var workspaceName: String? { workspace == nil ? nil : workspaceState.name }

    /// Where annotations are kept: the workspace, or memory without one.
    public var annotations: any AnnotationStore {
        workspaceState.workspace ?? workspaceState.memory
    }

    /// Records `changes` before the command that made them returns: committed to the
    /// workspace, or kept in memory without one. Throws (recording nothing) when the
    /// workspace is read-only or cannot be written; apply a change only after this returns.
    public func recordAnnotations(_ changes: [AnnotationChange]) throws {
        guard !changes.isEmpty else { return }
        do {
            try annotations.record(changes)
        } catch let error as WorkspaceError {
            throw ShellError(error.description)
        }
    }

    /// What quitting now would lose, one line each; empty when nothing would be lost.
    public var unsavedWork: [String] {
        guard workspace == nil else { return [] }
        var lost: [String] = []
        let counts = (try? workspaceState.memory.counts()) ?? [:]
        for kind in AnnotationKind.allCases {
            guard let count = counts[kind] else { continue }
            lost.append("\(count) \(kind.rawValue) change\(count == 1 ? "" : "s")")
        }
        if !corpus.isEmpty, !lost.isEmpty {
            lost.append("the corpus as loaded (\(corpus.utteranceCount) utterances)")
        }
        return lost
    }

    /// Called after every command: records new role and theme decisions, and imports a newly
    /// loaded corpus into the workspace.
    func syncWorkspace() throws {
        try recordNewRoleChanges()
        try recordNewThemeChanges()
        guard let workspace = workspaceState.workspace,
            loadReports != workspaceState.storedReports
        else { return }
        try importCorpus(into: workspace)
    }

    func importCorpus(into workspace: Workspace) throws {
        let sources = loadReports.map { report in
            var path = resolve(report.file)
            if !path.hasPrefix("/") {
                path = FileManager.default.currentDirectoryPath + "/" + path
            }
            let fingerprint = SourceFingerprint(path: path, hashing: true)
            return WorkspaceSource(
                name: report.file, path: path, format: report.format.rawValue,
                size: fingerprint?.size ?? 0, modified: fingerprint?.modified ?? 0,
                hash: fingerprint?.hash ?? "", recordCount: report.recordCount,
                loadedCount: report.loadedCount, skippedCount: report.skippedCount)
        }
        // The data's roles: the analyst's role decisions are stored as annotations.
        var imported = corpus
        if dialogue.dataRoles.count == imported.speakerCount {
            imported.setSpeakerRoles(dialogue.dataRoles)
        }
        do {
            try workspace.importCorpus(imported, sources: sources)
        } catch let error as WorkspaceError {
            throw ShellError(error.description + "; the corpus was not saved")
        }
        workspaceState.storedReports = loadReports
    }
}

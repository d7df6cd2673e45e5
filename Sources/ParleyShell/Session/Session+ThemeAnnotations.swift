import ParleyCore

// The theme coding (`Session+Themes.swift`) as annotations: after each command, the tag
// decisions made since the last one and a changed codebook are recorded; a workspace's
// decisions and last codebook are replayed when it opens.

/// How much of the session's theme coding the annotation store already holds.
struct RecordedThemes {
    var decisions = 0
    var rewrites = 0
    var codebook = Codebook()
}

extension Session {
    /// Records the tag decisions and the codebook changed since the last call.
    func recordNewThemeChanges() throws {
        let recorded = workspaceState.recordedThemes
        let decisions = themes.ledger.decisions
        var new: [AnnotationChange] = []
        var from = recorded.decisions
        if themes.rewrites != recorded.rewrites || decisions.count < from {
            new.append(.tagsCleared)
            from = 0
        }
        new += decisions[from...].map { .tagDecision($0) }
        if themes.codebook != recorded.codebook {
            new.append(.codebook(CodebookText(yaml: CodebookWriter.yaml(themes.codebook))))
        }
        guard !new.isEmpty else { return }
        try recordAnnotations(new)
        workspaceState.recordedThemes = RecordedThemes(
            decisions: decisions.count, rewrites: themes.rewrites, codebook: themes.codebook)
    }

    /// Puts the codebook and tag ledger that `changes` describe into the session, and
    /// says how much of them is recorded (all of it).
    func restoreThemes(replaying changes: [AnnotationChange]) throws -> RecordedThemes {
        var decisions: [TagDecision] = []
        var codebookText: String?
        for change in changes {
            switch change {
            case .tagDecision(let decision): decisions.append(decision)
            case .tagsCleared: decisions.removeAll()
            case .codebook(let text): codebookText = text.yaml
            default: continue
            }
        }
        var codebook = Codebook()
        if let codebookText {
            do {
                codebook = try CodebookReader.read(codebookText, file: "the workspace's codebook")
            } catch {
                throw ShellError("the workspace's codebook cannot be read: \(error.description)")
            }
        }
        themes.restore(codebook: codebook, ledger: TagLedger(decisions: decisions))
        return RecordedThemes(
            decisions: decisions.count, rewrites: themes.rewrites, codebook: codebook)
    }
}

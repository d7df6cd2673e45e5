import ParleyCore

// The role book (`Session+Dialogue.swift`) as annotations: each decision is recorded
// after the command that made it, and a workspace's decisions are replayed into a book.

extension Session {
    /// Records the role decisions made since the last call (nothing when there are none).
    func recordNewRoleChanges() throws {
        let changes = roleBook.changes
        var recorded = workspaceState.recordedRoleChanges
        var new: [AnnotationChange] = []
        if changes.count < recorded {
            new.append(.rolesCleared)
            recorded = 0
        }
        for change in changes[recorded...] { new += Self.annotations(for: change) }
        guard !new.isEmpty else { return }
        try recordAnnotations(new)
        workspaceState.recordedRoleChanges = changes.count
    }

    static func annotations(for change: RoleBook.Change) -> [AnnotationChange] {
        switch change {
        case .assign(let speakers, let role):
            speakers.map {
                .speakerRole(SpeakerRoleAssignment(speakerID: $0, role: role, reason: "role"))
            }
        case .match(let pattern, let role):
            [.roleRule(RoleRuleChange(pattern: pattern, role: role, action: .added))]
        }
    }

    /// The role book the role annotations among `changes` describe, in order.
    static func roleBook(replaying changes: [AnnotationChange]) -> RoleBook {
        var book = RoleBook()
        for change in changes {
            switch change {
            case .speakerRole(let assignment):
                try? book.record(.assign(speakers: [assignment.speakerID], role: assignment.role))
            case .roleRule(let rule) where rule.action == .added:
                // A stored pattern compiled when it was recorded; it compiles again.
                try? book.record(.match(pattern: rule.pattern, role: rule.role))
            case .rolesCleared:
                book.removeAll()
            default:
                continue
            }
        }
        return book
    }
}

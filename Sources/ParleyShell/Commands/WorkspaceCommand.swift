import ArgumentParser
import ParleyCore
import ParleyStore

/// `workspace`: what the open workspace holds.
struct WorkspaceCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "workspace",
        abstract: "Show the workspace: file, size, schema, corpora and annotation counts.")

    static let examples = ["workspace"]

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard let workspace = session.workspace else {
            let unsaved = session.unsavedWork
            return .record([
                "file": .null, "state": "in memory (no workspace): 'save FILE' keeps the work",
                "unsaved": .list(unsaved.map(Value.string)),
            ])
        }
        let summary: WorkspaceSummary
        do {
            summary = try workspace.summary()
        } catch {
            throw ShellError("\(error)")
        }
        return .record(Self.record(summary, name: session.workspaceName ?? summary.path))
    }

    static func record(_ summary: WorkspaceSummary, name: String) -> Record {
        var record: Record = [
            "file": .string(name), "bytes": .int(summary.byteCount),
            "schema_version": .int(summary.schemaVersion),
            "access": .string(summary.isReadOnly ? "read-only" : "read-write"),
            "utterances": .int(summary.utteranceCount), "speakers": .int(summary.speakerCount),
            "conversations": .int(summary.conversationCount),
            "sources": .list(summary.sources.map(source)),
            "scored_lexicons": .list(summary.scoredLexiconVersions.map(Value.string)),
        ]
        for kind in AnnotationKind.allCases {
            let name = kind.rawValue.replacingOccurrences(of: "-", with: "_") + "_changes"
            record.fields.append(Record.Field(name, .int(summary.annotationCounts[kind] ?? 0)))
        }
        return record
    }

    private static func source(_ source: WorkspaceSource) -> Value {
        .record([
            "name": .string(source.name), "format": .string(source.format),
            "bytes": .int(source.size), "loaded": .int(source.loadedCount),
            "status": .string(source.currentStatus().rawValue),
        ])
    }
}

import ArgumentParser
import ParleyStore

/// `vacuum`: compact the workspace file.
struct VacuumCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "vacuum",
        abstract: "Compact the workspace file (after loading a smaller corpus, say).")

    static let examples = ["vacuum"]

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard let workspace = session.workspace else {
            return .message("no workspace is open: nothing to compact")
        }
        let before = workspace.fileSize
        do {
            try workspace.vacuum()
        } catch {
            throw ShellError("\(error)")
        }
        return .record([
            "file": .string(session.workspaceName ?? workspace.path), "bytes_before": .int(before),
            "bytes_after": .int(workspace.fileSize),
        ])
    }
}

import ArgumentParser
import ParleyCore

/// `problems [limit N]`: the bad records met while loading the current corpus.
struct ProblemsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "problems",
        abstract: "List the records that loading skipped or repaired, with file and line.",
        usage: "problems [limit N]",
        discussion: "The first \(LoadReport.keptProblemLimit) problems of each file are kept.")

    static let examples = ["problems", "problems limit 10"]
    static let takesLimit = true

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        var problems = session.loadReports.flatMap(\.problems)
        if let limit = clauses.limit { problems = Array(problems.prefix(limit)) }
        return .table(
            Table(
                columns: [
                    .init("file"), .init("line", alignment: .right), .init("severity"),
                    .init("reason"),
                ],
                rows: problems.map { problem in
                    [
                        .string(problem.location.file), .int(problem.location.line),
                        .string(problem.severity == .error ? "skipped" : "warning"),
                        .text(problem.reason),
                    ]
                }))
    }
}

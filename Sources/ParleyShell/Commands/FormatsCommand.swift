import ArgumentParser
import ParleyCore

/// `formats`: what `load` reads and `export` writes, from the readers' registry.
struct FormatsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the formats load reads and export writes, with an example of each.")

    static let examples = ["formats"]

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        .table(
            Table(
                columns: [
                    .init("format"), .init("writes"), .init("detected by"), .init("reads"),
                    .init("example"),
                ],
                rows: CorpusFormat.allCases.map { format in
                    let info = format.info
                    return [
                        .string(format.rawValue), .string(info.writes ? "yes" : "no"),
                        .string(info.detection), .string(info.reads), .string(info.example),
                    ]
                }))
    }
}

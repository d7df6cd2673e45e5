import ArgumentParser
import ParleyCore

/// `roles`: who is on the organization side, and why.
struct RolesCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "List the organization speakers and why each is one.",
        usage: "roles",
        discussion: """
            One row per organization speaker, by id, with the number of utterances and \
            the reason: 'data' (the file said so), 'role command' (an explicit 'role'), \
            or 'rule match REGEX'. Everyone else is a customer.
            """)

    static let examples = ["roles"]

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let sources = session.dialogue.sources
        let rows = corpus.speakers.indices.filter {
            corpus.speakerRoleColumn[$0] == .organization
        }.sorted { corpus.speaker($0).id < corpus.speaker($1).id }
        return .table(
            Table(
                columns: [
                    .init("speaker"), .init("utterances", alignment: .right), .init("reason"),
                ],
                rowCount: rows.count
            ) { row in
                let speaker = corpus.speaker(rows[row])
                let source = rows[row] < sources.count ? sources[rows[row]] : .data
                return [
                    .string(speaker.id), .int(speaker.utteranceCount), .string(Self.reason(source)),
                ]
            })
    }

    static func reason(_ source: RoleBook.Source) -> String {
        switch source {
        case .data: "data"
        case .assigned: "role command"
        case .rule(_, let pattern): "rule match \(pattern)"
        }
    }
}

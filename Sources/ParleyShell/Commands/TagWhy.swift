import ParleyCore

/// `tag why ID [--times]`: every decision about one utterance, and which are in force.
enum TagWhy {
    static func run(_ words: [String], in session: Session) throws -> CommandResult {
        let showsTimes = words.contains("--times")
        let ids = words.filter { $0 != "--times" }
        guard ids.count == 1 else {
            throw ShellError("tag why takes one utterance id", suggestion: "e.g. tag why t0001")
        }
        let index = try session.requireUtterance(ids[0])
        let id = session.corpus.id(of: index)
        let ledger = session.themes.ledger
        let history = ledger.history(of: id)
        if history.isEmpty { session.note("no tag decisions about \(id)") }
        var columns: [Table.Column] = [
            .init("theme"), .init("verdict"), .init("coder"), .init("source"),
            .init("in_force"), .init("evidence"),
        ]
        if showsTimes { columns.append(.init("time")) }
        let rows: [[Value]] = history.map { decision in
            let inForce = ledger.effectiveDecision(utteranceID: id, theme: decision.theme)
            var row: [Value] = [
                .string(decision.theme), .string(decision.verdict.rawValue),
                .string(decision.coder), .string(decision.source.rawValue),
                .bool(inForce == decision), .string(decision.evidence),
            ]
            if showsTimes { row.append(.time(decision.time)) }
            return row
        }
        return .table(Table(columns: columns, rows: rows))
    }
}

import ArgumentParser
import ParleyCore

/// `agree CODER_A CODER_B [theme T]`: Cohen's kappa per theme and overall, Krippendorff's
/// alpha across all coders, and the disagreements to review.
struct AgreeCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "Agreement between two coders: kappa per theme, alpha, disagreements.",
        usage: "agree CODER_A CODER_B [theme T]",
        discussion: """
            Only utterances both coders decided count: a 'tag' or 'untag' is a decision, \
            silence is not; each coder's latest decision is used. kappa is Cohen's \
            (empty when undefined: no variation); the 'overall' row pools every theme. \
            alpha is Krippendorff's (nominal) over every coder's decisions, each theme on \
            each utterance a unit. The coder 'rules' stands for 'tag auto'. Rows of kind \
            'disagreement' list what to review; 'list where disagreement' shows the texts.
            """)

    static let examples = ["agree alice bob", "agree alice rules theme billing"]

    @Argument(help: "Two coders, then optionally 'theme T'.")
    var words: [String] = []

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard words.count == 2 || (words.count == 4 && words[2] == "theme") else {
            throw ShellError(
                "agree takes two coders and optionally 'theme T'",
                suggestion: "e.g. agree alice bob theme billing")
        }
        let theme = words.count == 4 ? words[3] : nil
        if let theme { _ = try session.requireTheme(theme) }
        let report = CoderAgreement(
            ledger: session.themes.ledger, coderA: words[0], coderB: words[1], theme: theme)
        if report.overall.units == 0 {
            session.note("\(words[0]) and \(words[1]) decided no theme on the same utterance")
        }
        var rows: [[Value]] = (report.themes + [report.overall]).map { row in
            [
                .string(row.theme == "overall" ? "overall" : "theme"), .string(row.theme),
                .int(row.units), .int(row.agreed), .optional(row.kappa, Value.double), .string(""),
            ]
        }
        rows.append([
            .string("alpha"), .string("all coders"), .int(report.alphaUnits), .null,
            .optional(report.alpha, Value.double), .string(""),
        ])
        for item in report.disagreements {
            let verdicts = item.verdicts.map { "\($0.coder)=\($0.verdict.rawValue)" }
            rows.append([
                .string("disagreement"), .string(item.theme), .null, .null, .null,
                .string(item.utteranceID + ": " + verdicts.joined(separator: ", ")),
            ])
        }
        return .table(
            Table(
                columns: [
                    .init("kind"), .init("theme"), .init("units", alignment: .right),
                    .init("agreed", alignment: .right), .init("value", alignment: .right),
                    .init("detail"),
                ], rows: rows))
    }
}

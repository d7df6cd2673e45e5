import ParleyCore

/// `tag auto [where EXPR]`: the codebook's rules over the corpus, recorded in the ledger.
enum TagAuto {
    static func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let codebook = session.themes.codebook
        guard codebook.themes.contains(where: \.hasRules) else {
            throw ShellError(
                "the codebook has no rules to apply",
                suggestion: "load one with 'codebook load FILE'")
        }
        let corpus = session.corpus
        let indices = clauses.filter == nil ? nil : try clauses.matchingIndices(in: corpus)
        let reporter = session.options.progress
        defer { reporter?.finish() }
        let total = indices?.count ?? corpus.utteranceCount
        var progress: (@Sendable (Int) -> Void)?
        if let reporter {
            progress = { done in reporter.report("tagging", done, total) }
        }
        let tags: [RuleTag]
        do {
            tags = try AutoTagger.tags(
                of: corpus, codebook: codebook, indices: indices,
                cancellation: session.options.cancellation, progress: progress)
        } catch let error as CodebookError {
            throw ShellError(error.description)
        }
        let scope = indices.map { Set($0.map(corpus.id(of:))) }
        var outcome = TagLedger.RuleRun()
        let time = session.options.clock()
        session.themes.changeLedger { ledger in
            outcome = ledger.recordRuleRun(
                tags.map { (corpus.id(of: $0.utterance), $0.theme, $0.evidence) }, scope: scope,
                time: time)
        }
        session.note(
            "\(outcome.applied) rule tags recorded, \(outcome.unchanged) unchanged, "
                + "\(outcome.withdrawn) withdrawn")
        let rows: [[Value]] = codebook.themes.filter(\.hasRules).map { theme in
            let count = outcome.tagged[theme.name] ?? 0
            return [
                .string(theme.name), .int(count),
                .double(total == 0 ? 0 : Double(count) / Double(total)),
            ]
        }
        return .table(
            Table(
                columns: [
                    .init("theme"), .init("tagged", alignment: .right),
                    .init("share", alignment: .right),
                ], rows: rows))
    }
}

import ArgumentParser
import ParleyCore

/// `terms [top N] [where EXPR]` and `terms compare where A vs B [top N]`.
struct TermsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Most frequent terms, or the terms that set one group apart from another.",
        usage: "terms [top N] [where EXPR] | terms compare where A vs B [top N]",
        discussion: """
            Terms are words in lower case; English stop words, numbers, URLs and \\
            @mentions are left out. 'documents' counts the utterances using a term. \\
            'compare' ranks words by the weighted log-odds ratio with an informative \\
            Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"; the prior \\
            is a tenth of each word's count in the whole corpus) and lists the top N words \\
            leaning to each group with their z-scores (|z| > 1.96 is significant at 5%).
            """)

    static let examples = [
        "terms top 10", "terms top 5 where role = customer",
        "terms compare where role = customer vs role = organization top 5",
    ]
    static let takesWhere = true
    static let defaultTop = 20
    static let defaultCompareTop = 10

    @Argument(help: "'compare' and/or 'top N'.")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .choices(["compare", "top", "where"]) : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let (compares, top) = try parsedWords()
        guard compares else {
            try clauses.refuseVersus()
            let predicate = try clauses.predicate(in: corpus)
            let frequencies = TermFrequencies.count(in: corpus, limit: top ?? Self.defaultTop) {
                predicate?.matches($0) ?? true
            }
            return .table(Self.frequencyTable(frequencies))
        }
        guard let first = clauses.filter, let second = clauses.versus else {
            throw ShellError(
                "terms compare needs two groups",
                suggestion:
                    "e.g. terms compare where role = customer vs role = organization")
        }
        let groupA = try Clauses.compile(
            first, corpus, sentiment: clauses.sentiment, themes: clauses.themes)
        let groupB = try Clauses.compile(
            second, corpus, sentiment: clauses.sentiment, themes: clauses.themes)
        let comparison = GroupComparison.compare(
            in: corpus, limit: top ?? Self.defaultCompareTop, groupA: groupA.matches,
            groupB: groupB.matches)
        return .table(Self.comparisonTable(comparison))
    }

    private func parsedWords() throws -> (compares: Bool, top: Int?) {
        var rest = words[...]
        let compares = rest.first == "compare"
        if compares { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return (compares, nil) }
        guard rest.count == 2, rest.first == "top" else {
            throw ShellError(
                "unexpected '\(rest.joined(separator: " "))'",
                suggestion: "terms [top N] [where EXPR] or terms compare where A vs B")
        }
        guard let top = Int(rest[rest.startIndex + 1]), top > 0 else {
            throw ShellError("top needs a whole number above 0, not '\(rest[rest.startIndex + 1])'")
        }
        return (compares, top)
    }

    static func frequencyTable(_ frequencies: TermFrequencies) -> Table {
        Table(
            columns: [
                .init("term"), .init("count", alignment: .right),
                .init("documents", alignment: .right),
            ],
            rows: frequencies.top.map { [.string($0.term), .int($0.count), .int($0.documents)] })
    }

    static func comparisonTable(_ comparison: GroupComparison) -> Table {
        let rows =
            comparison.towardA.map { row($0, group: "A") }
            + comparison.towardB.map { row($0, group: "B") }
        return Table(
            columns: [
                .init("group"), .init("term"), .init("count_a", alignment: .right),
                .init("count_b", alignment: .right), .init("log_odds", alignment: .right),
                .init("z", alignment: .right),
            ], rows: rows)
    }

    private static func row(_ term: GroupComparison.Term, group: String) -> [Value] {
        [
            .string(group), .string(term.term), .int(term.countA), .int(term.countB),
            .double(term.score.delta), .double(term.score.zScore),
        ]
    }
}

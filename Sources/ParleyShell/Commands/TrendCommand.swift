import ArgumentParser
import ParleyCore

/// `trend [by day|week|month|quarter] [where EXPR]`: mean compound per period, marking
/// the periods whose mean fell significantly from the previous one.
struct TrendCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Mean sentiment (compound) and count per period, with significant falls.",
        usage: "trend [by day|week|month|quarter] [where EXPR]",
        discussion: """
            Periods are UTC (ISO 8601 weeks); the default is week. Only periods with \
            utterances are shown, in time order; untimed utterances are left out (a note \
            says how many). The bar places the mean on compound's scale: empty at -1, \
            half at 0, full at 1. 'fell' marks a period whose mean is lower than the \
            previous period's with p < 0.05 in a two-sided Welch's t-test on the two \
            periods' compound values (p is shown; empty where a period has fewer than 2 \
            utterances). Scores the corpus first if it is not scored.
            """)

    static let examples = ["trend", "trend by month", "trend by day where role = customer"]
    static let takesWhere = true

    /// The significance level for `fell`.
    static let significanceLevel = 0.05
    static let defaultBucket = TimeBucket.week

    @Argument(help: "by day|week|month|quarter")
    var grouping: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.last == "by" ? .choices(TimeBucket.allCases.map(\.rawValue)) : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        try clauses.refuseVersus()
        let bucket = try self.bucket()
        let scores = try clauses.sentiment ?? session.sentimentScoresScoringIfNeeded()
        var clauses = clauses
        clauses.sentiment = scores
        let corpus = session.corpus
        var periods: [String: [Double]] = [:]
        var untimed = 0
        for index in try clauses.matchingIndices(in: corpus) {
            guard let time = corpus.timestamp(of: index) else {
                untimed += 1
                continue
            }
            periods[bucket.label(of: time), default: []].append(scores.compound(of: index))
        }
        if untimed > 0 {
            session.note("\(untimed) utterance\(untimed == 1 ? "" : "s") without a time left out")
        }
        return .table(Self.table(bucket, periods))
    }

    static func table(_ bucket: TimeBucket, _ periods: [String: [Double]]) -> Table {
        // Labels sort in time order (see TimeBucket.label).
        let names = periods.keys.sorted()
        var previous: WelchTest.Sample?
        var rows: [[Value]] = []
        for name in names {
            let sample = WelchTest.Sample(periods[name] ?? [])
            let test = previous.flatMap { WelchTest(sample, $0) }
            let fell = test.map { $0.t < 0 && $0.p < significanceLevel } ?? false
            rows.append([
                .string(name), .int(sample.count), .double(sample.mean),
                .bar((sample.mean + 1) / 2), .optional(test?.p, Value.double),
                fell ? .string("fell") : .string(""),
            ])
            previous = sample
        }
        return Table(
            columns: [
                .init(bucket.rawValue), .init("count", alignment: .right),
                .init("mean_compound", alignment: .right), .init("bar"),
                .init("p", alignment: .right), .init("change"),
            ], rows: rows)
    }

    private func bucket() throws -> TimeBucket {
        guard !grouping.isEmpty else { return Self.defaultBucket }
        let choices = TimeBucket.allCases.map(\.rawValue)
        guard grouping.count == 2, grouping[0] == "by",
            let bucket = TimeBucket(rawValue: grouping[1])
        else {
            throw ShellError(
                "trend groups by day, week, month or quarter: 'trend by month', not "
                    + "'\(grouping.joined(separator: " "))'",
                suggestion: suggestion(choices))
        }
        return bucket
    }

    private func suggestion(_ choices: [String]) -> String? {
        guard let last = grouping.last else { return nil }
        if grouping.count == 1, choices.contains(last) { return "try: trend by \(last)" }
        return Suggestions.didYouMean(last, among: choices)
    }
}

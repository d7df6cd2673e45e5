extension QueryPredicate {
    /// Seconds in a day, for date-only literals that stand for a whole day.
    static let secondsPerDay = 86_400.0

    static func compile(_ test: QueryTest, _ context: QueryContext) throws(QueryError)
        -> (Int) -> Bool
    {
        let corpus = context.corpus
        let forest = corpus.forest
        switch test.field {
        case .sentiment(let score):
            guard let scores = context.sentiment else {
                throw QueryError(
                    "\(score.rawValue) needs sentiment scores, which this session has not computed",
                    column: test.column)
            }
            return try sentimentTest(score, test.condition, scores)
        case .id:
            return try idTest(test.condition, corpus)
        case .speaker:
            let table = try perSpeaker(corpus, StringTest.make(test.condition)) { $0.id }
            return { table[corpus.speakerIndex(of: $0)] }
        case .role:
            let table = try perSpeaker(corpus, StringTest.make(test.condition)) {
                $0.role.rawValue
            }
            return { table[corpus.speakerIndex(of: $0)] }
        case .conversation:
            let matches = try StringTest.make(test.condition)
            let table = forest.roots.map { matches(corpus.id(of: $0)) }
            return { table[forest.conversation(of: $0)] }
        case .text:
            return try TextTest.make(test.condition, corpus)
        case .time:
            return timeTest(test.condition, corpus)
        case .depth:
            return numberTest(test.condition) { Double(forest.depth(of: $0)) }
        case .replies:
            return numberTest(test.condition) { Double(forest.children(of: $0).count) }
        case .isRoot:
            return boolTest(test.condition) { forest.root(of: $0) == $0 }
        case .answered:
            let table = context.answeredConversations
            return boolTest(test.condition) { table[forest.conversation(of: $0)] }
        case .meta(let key):
            return try MetadataTest.make(test.condition, key: key, corpus)
        case .theme:
            return try themeTest(test.condition, context.themes)
        case .untagged:
            let tags = context.themes.tags
            return boolTest(test.condition) { tags[$0] == nil }
        case .disagreement:
            let disagreements = context.themes.disagreements
            return boolTest(test.condition) { disagreements.contains($0) }
        }
    }

    /// `theme = X` holds when X is among the utterance's themes, `theme != X` when it is
    /// not; other tests hold when some theme passes them.
    private static func themeTest(_ condition: QueryCondition, _ themes: UtteranceThemes)
        throws(QueryError) -> (Int) -> Bool
    {
        let tags = themes.tags
        if case .compare(.notEqual, let literal) = condition {
            let name = literal.text
            return { !(tags[$0]?.contains(name) ?? false) }
        }
        let matches = try StringTest.make(condition)
        return { index in tags[index]?.contains(where: matches) ?? false }
    }

    private static func perSpeaker(
        _ corpus: Corpus, _ matches: (String) -> Bool, _ value: (Speaker) -> String
    ) -> [Bool] {
        (0..<corpus.speakerCount).map { matches(value(corpus.speaker($0))) }
    }

    /// `id = X` and `id in (…)` look the ids up instead of scanning them.
    private static func idTest(_ condition: QueryCondition, _ corpus: Corpus)
        throws(QueryError) -> (Int) -> Bool
    {
        switch condition {
        case .compare(.equal, let literal):
            let target = corpus.index(ofID: literal.text) ?? -1
            return { $0 == target }
        case .isIn(let literals):
            let targets = Set(literals.compactMap { corpus.index(ofID: $0.text) })
            return { targets.contains($0) }
        default:
            let matches = try StringTest.make(condition)
            return { matches(corpus.id(of: $0)) }
        }
    }

    private static func numberTest(_ condition: QueryCondition, _ value: @escaping (Int) -> Double)
        -> (Int) -> Bool
    {
        switch condition {
        case .compare(let comparison, let literal):
            let target = literal.number ?? .nan
            return { comparison.holds(value($0), target) }
        case .isIn(let literals):
            let targets = Set(literals.compactMap(\.number))
            return { targets.contains(value($0)) }
        case .isTrue, .matches, .contains:
            return { _ in false }  // refused by the type check
        }
    }

    private static func boolTest(_ condition: QueryCondition, _ value: @escaping (Int) -> Bool)
        -> (Int) -> Bool
    {
        func wanted(_ literal: QueryLiteral) -> Bool { literal.value == .bool(true) }
        switch condition {
        case .isTrue: return value
        case .compare(.equal, let literal):
            let target = wanted(literal)
            return { value($0) == target }
        case .compare(_, let literal):
            let target = wanted(literal)
            return { value($0) != target }
        case .isIn(let literals):
            let targets = Set(literals.map(wanted))
            return { targets.contains(value($0)) }
        case .matches, .contains:
            return { _ in false }  // refused by the type check
        }
    }

    /// A date typed without a time of day stands for the whole day: `time = 2024-05-01`
    /// is any time that day, `time <= 2024-05-31` includes all of 31 May.
    private static func timeTest(_ condition: QueryCondition, _ corpus: Corpus) -> (Int) -> Bool {
        switch condition {
        case .compare(let comparison, let literal):
            guard case .time(let start) = literal.value else {
                let wantsMissing = comparison == .equal  // `= null` / `!= null`
                return { (corpus.timestamp(of: $0) == nil) == wantsMissing }
            }
            let isDay = literal.text.count == 10
            let end = isDay ? start + secondsPerDay : start
            return { index in
                guard let time = corpus.timestamp(of: index) else { return false }
                return timeHolds(comparison, time, start: start, end: end, isDay: isDay)
            }
        default:
            return { _ in false }  // refused by the type check
        }
    }

    private static func timeHolds(
        _ comparison: QueryComparison, _ time: Double, start: Double, end: Double, isDay: Bool
    ) -> Bool {
        guard isDay else { return comparison.holds(time, start) }
        switch comparison {
        case .equal: return time >= start && time < end
        case .notEqual: return time < start || time >= end
        case .less: return time < start
        case .lessOrEqual: return time < end
        case .greater: return time >= end
        case .greaterOrEqual: return time >= start
        }
    }

    /// `compound`, `pos`, `neu`, `neg` compare as numbers; `sentiment` is the label
    /// (`positive`, `neutral`, `negative`, by VADER's ±0.05 thresholds on compound).
    private static func sentimentTest(
        _ score: QueryField.SentimentField, _ condition: QueryCondition,
        _ scores: SentimentColumn
    ) throws(QueryError) -> (Int) -> Bool {
        switch score {
        case .compound: return numberTest(condition) { scores.compound(of: $0) }
        case .pos: return numberTest(condition) { scores[$0].positive }
        case .neu: return numberTest(condition) { scores[$0].neutral }
        case .neg: return numberTest(condition) { scores[$0].negative }
        case .sentiment:
            let matches = try StringTest.make(condition)
            let table = SentimentLabel.allCases.map { matches($0.rawValue) }
            return { index in
                let label = scores[index].label
                return table[SentimentLabel.allCases.firstIndex(of: label) ?? 0]
            }
        }
    }
}

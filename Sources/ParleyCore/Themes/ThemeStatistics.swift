/// Figures per theme over a set of utterances: how often it is in force, how people felt,
/// who wrote it and whether its conversations got an answer.
public enum ThemeStatistics {
    public struct Row: Sendable, Equatable {
        public var theme: String
        /// Utterances in scope with the theme in force.
        public var count: Int
        /// `count` over the utterances in scope.
        public var share: Double
        /// Mean compound of those utterances; nil without scores or utterances.
        public var meanCompound: Double?
        public var customerShare: Double?
        public var organizationShare: Double?
        /// Distinct conversations holding one of those utterances.
        public var conversations: Int
        /// The share of those conversations with an organization reply (the `answered`
        /// field of `where`).
        public var answeredRate: Double?
    }

    /// One row per theme of `names`, in that order, over `indices`.
    public static func summary(
        of names: [String], tags: UtteranceThemes, corpus: Corpus, indices: [Int],
        compound: ((Int) -> Double)? = nil
    ) -> [Row] {
        let answered = QueryContext(corpus: corpus).answeredConversations
        var members: [String: [Int]] = [:]
        for index in indices {
            for theme in tags.themes(of: index) { members[theme, default: []].append(index) }
        }
        return names.map { name in
            let found = members[name] ?? []
            let total = Double(found.count)
            let customers = found.filter { corpus.role(of: $0) == .customer }.count
            let conversations = Set(found.map { corpus.forest.conversation(of: $0) })
            let answeredCount = conversations.filter { answered[$0] }.count
            return Row(
                theme: name, count: found.count,
                share: indices.isEmpty ? 0 : total / Double(indices.count),
                meanCompound: found.isEmpty
                    ? nil : compound.map { score in found.map(score).reduce(0, +) / total },
                customerShare: found.isEmpty ? nil : Double(customers) / total,
                organizationShare: found.isEmpty ? nil : Double(found.count - customers) / total,
                conversations: conversations.count,
                answeredRate: conversations.isEmpty
                    ? nil : Double(answeredCount) / Double(conversations.count))
        }
    }

    /// How many utterances of `indices` carry both themes, for every pair of `names`
    /// (the diagonal: each theme's own count).
    public static func cooccurrence(
        of names: [String], tags: UtteranceThemes, indices: [Int]
    ) -> [[Int]] {
        let position = Dictionary(
            names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var matrix = [[Int]](
            repeating: [Int](repeating: 0, count: names.count), count: names.count)
        for index in indices {
            let present = tags.themes(of: index).compactMap { position[$0] }
            for a in present {
                for b in present { matrix[a][b] += 1 }
            }
        }
        return matrix
    }

    /// Per period (labels sorted in time order), each theme's count; untimed utterances
    /// are left out and counted.
    public static func trend(
        of names: [String], tags: UtteranceThemes, corpus: Corpus, indices: [Int],
        by bucket: TimeBucket
    ) -> (periods: [(label: String, counts: [Int])], untimed: Int) {
        let position = Dictionary(
            names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var periods: [String: [Int]] = [:]
        var untimed = 0
        for index in indices {
            let present = tags.themes(of: index).compactMap { position[$0] }
            guard !present.isEmpty else { continue }
            guard let time = corpus.timestamp(of: index) else {
                untimed += 1
                continue
            }
            let label = bucket.label(of: time)
            var counts = periods[label] ?? [Int](repeating: 0, count: names.count)
            for theme in present { counts[theme] += 1 }
            periods[label] = counts
        }
        let sorted = periods.keys.sorted().map { ($0, periods[$0] ?? []) }
        return (sorted, untimed)
    }
}

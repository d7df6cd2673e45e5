/// What `count by FIELD` groups utterances by.
public enum GroupField: Sendable, Equatable {
    case speaker, role, conversation, depth
    case meta(String)
    case time(TimeBucket)

    /// Names accepted after `by` (besides `meta.NAME`).
    public static let names =
        ["speaker", "role", "conversation", "depth"]
        + TimeBucket.allCases.map(\.rawValue)

    public init?(name: String) {
        switch name {
        case "speaker": self = .speaker
        case "role": self = .role
        case "conversation": self = .conversation
        case "depth": self = .depth
        default:
            if let bucket = TimeBucket(rawValue: name) {
                self = .time(bucket)
            } else if name.hasPrefix(QueryField.metaPrefix),
                name.count > QueryField.metaPrefix.count
            {
                self = .meta(String(name.dropFirst(QueryField.metaPrefix.count)))
            } else {
                return nil
            }
        }
    }

    /// The column name for the group: the field's name, or `day`, `week`, ….
    public var name: String {
        switch self {
        case .speaker: "speaker"
        case .role: "role"
        case .conversation: "conversation"
        case .depth: "depth"
        case .meta(let key): QueryField.metaPrefix + key
        case .time(let bucket): bucket.rawValue
        }
    }
}

/// Counts of utterances per group.
public enum UtteranceGrouping {
    public struct Group: Sendable, Equatable {
        /// nil for utterances without the value (no time, no such metadata).
        public var key: String?
        public var count: Int
    }

    /// Groups in a stable order: time periods and depths in their own order, other groups
    /// by count (largest first, ties by key); the group without a value comes last.
    public static func count(
        in corpus: Corpus, by field: GroupField, where include: (Int) -> Bool
    ) -> [Group] {
        switch field {
        case .speaker:
            return byIndex(corpus, corpus.speakerCount, include, corpus.speakerIndex(of:)) {
                corpus.speaker($0).id
            }
        case .role:
            return byIndex(corpus, Role.allCases.count, include) {
                Role.allCases.firstIndex(of: corpus.role(of: $0)) ?? 0
            } key: {
                Role.allCases[$0].rawValue
            }
        case .conversation:
            let forest = corpus.forest
            return byIndex(corpus, corpus.conversationCount, include, forest.conversation(of:)) {
                corpus.id(of: forest.roots[$0])
            }
        case .depth:
            var counts: [Int: Int] = [:]
            for index in corpus.utteranceIndices where include(index) {
                counts[corpus.forest.depth(of: index), default: 0] += 1
            }
            return counts.keys.sorted().map { Group(key: String($0), count: counts[$0] ?? 0) }
        case .meta(let key):
            let counts = byKey(corpus, include) { corpus.metadata.value(of: $0, key: key)?.text }
            return ordered(counts, byKey: false)
        case .time(let bucket):
            let counts = byKey(corpus, include) { corpus.timestamp(of: $0).map(bucket.label) }
            return ordered(counts, byKey: true)
        }
    }

    private static func byIndex(
        _ corpus: Corpus, _ size: Int, _ include: (Int) -> Bool, _ group: (Int) -> Int,
        key: (Int) -> String
    ) -> [Group] {
        var counts = [Int](repeating: 0, count: size)
        for index in corpus.utteranceIndices where include(index) { counts[group(index)] += 1 }
        let groups = counts.indices.filter { counts[$0] > 0 }.map {
            Group(key: key($0), count: counts[$0])
        }
        return sortedByCount(groups)
    }

    private static func byKey(_ corpus: Corpus, _ include: (Int) -> Bool, _ key: (Int) -> String?)
        -> [String?: Int]
    {
        var counts: [String?: Int] = [:]
        for index in corpus.utteranceIndices where include(index) {
            counts[key(index), default: 0] += 1
        }
        return counts
    }

    private static func ordered(_ counts: [String?: Int], byKey: Bool) -> [Group] {
        let keyed = counts.compactMap { entry in
            entry.key.map { Group(key: $0, count: entry.value) }
        }
        var groups =
            byKey
            ? keyed.sorted { ($0.key ?? "") < ($1.key ?? "") } : sortedByCount(keyed)
        if let missing = counts[nil] { groups.append(Group(key: nil, count: missing)) }
        return groups
    }

    private static func sortedByCount(_ groups: [Group]) -> [Group] {
        groups.sorted { a, b in
            a.count != b.count ? a.count > b.count : (a.key ?? "") < (b.key ?? "")
        }
    }
}

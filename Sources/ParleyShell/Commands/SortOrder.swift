import ParleyCore

/// A value to sort rows by. Missing values sort after everything else in both
/// directions, so `sort time desc` still ends with the undated rows.
enum SortKey: Comparable {
    case number(Double)
    case text(String)
    case missing

    static func < (left: SortKey, right: SortKey) -> Bool {
        switch (left, right) {
        case (.number(let a), .number(let b)): a < b
        case (.text(let a), .text(let b)): a < b
        case (.number, .text): true
        default: false
        }
    }

    static func time(_ value: Double?) -> SortKey { value.map(SortKey.number) ?? .missing }
    static func count(_ value: Int) -> SortKey { .number(Double(value)) }
}

/// Stable sorting of row indices by a key computed once per row.
enum SortOrder {
    /// Ties keep their input order; `.missing` keys go last whichever the direction.
    static func sorted(_ rows: [Int], descending: Bool, by key: (Int) -> SortKey) -> [Int] {
        let keys = rows.map(key)
        return rows.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case (.missing, .missing): return a < b
            case (.missing, _): return false
            case (_, .missing): return true
            default:
                if keys[a] != keys[b] { return descending ? keys[a] > keys[b] : keys[a] < keys[b] }
                return a < b
            }
        }.map { rows[$0] }
    }

    /// Utterances by one of `list`'s sort fields; the sentiment fields read `sentiment`
    /// (missing without it).
    static func utterances(
        _ rows: [Int], by sort: Clauses.Sort, in corpus: Corpus,
        sentiment: SentimentColumn? = nil
    ) -> [Int] {
        sorted(rows, descending: sort.descending) { index in
            switch sort.field {
            case "compound": sentiment.map { .number($0.compound(of: index)) } ?? .missing
            case "pos": sentiment.map { .number($0[index].positive) } ?? .missing
            case "neu": sentiment.map { .number($0[index].neutral) } ?? .missing
            case "neg": sentiment.map { .number($0[index].negative) } ?? .missing
            case "id": .text(corpus.id(of: index))
            case "speaker": .text(corpus.speakerID(of: index))
            case "depth": .count(corpus.forest.depth(of: index))
            case "replies": .count(corpus.forest.children(of: index).count)
            case "length": .count(corpus.textByteCount(of: index))
            default: .time(corpus.timestamp(of: index))
            }
        }
    }
}

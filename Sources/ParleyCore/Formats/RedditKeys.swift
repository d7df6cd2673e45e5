/// What the Reddit reader does with one key of a Pushshift record.
enum RedditKey: Equatable {
    case id
    /// `t1_…` (comment) or `t3_…` (submission): the id when `id` is missing, and the kind.
    case name
    case parent
    case author
    case body
    case title
    case selftext
    case time
    /// Kept as metadata under key number `n` of ``RedditKeys/metadataNames``.
    case metadata(Int32)
    /// Everything else (Pushshift records carry 70-odd keys, most of them display flags).
    case ignored
}

/// Maps key bytes to a ``RedditKey`` without a `String` per key (see
/// ``PositionalKeyTable``): Pushshift records of one dump list their keys in the same
/// (alphabetical) order.
struct RedditKeys {
    /// Source keys kept as metadata, as Pushshift spells them.
    static let keptKeys = [
        "subreddit", "score", "link_id", "permalink", "num_comments", "distinguished", "url",
        "controversiality", "gilded", "stickied", "over_18", "is_submitter", "edited",
        "upvote_ratio", "domain",
    ]
    /// Metadata the reader adds: `kind` (`comment` or `submission`) and `removed`
    /// (the `[deleted]` or `[removed]` marker that replaced a body or selftext).
    static let kindKey = "kind"
    static let removedKey = "removed"
    static let metadataNames = keptKeys + [kindKey, removedKey]
    static let kindNumber = Int32(keptKeys.count)
    static let removedNumber = Int32(keptKeys.count + 1)

    private static let named: [String: RedditKey] = {
        var table: [String: RedditKey] = [
            "id": .id, "name": .name, "parent_id": .parent, "author": .author, "body": .body,
            "title": .title, "selftext": .selftext, "created_utc": .time,
        ]
        for (number, key) in keptKeys.enumerated() { table[key] = .metadata(Int32(number)) }
        return table
    }()

    private var learnt = PositionalKeyTable<RedditKey>()

    mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, position: Int) -> RedditKey {
        if let known = learnt.value(of: bytes, position: position) { return known }
        let key = Self.named[String(decoding: bytes, as: UTF8.self)] ?? .ignored
        if learnt.count < Self.learnedKeyLimit { learnt.learn(bytes, key, position: position) }
        return key
    }

    /// Distinct keys remembered; hostile input with ever new keys must not grow the table
    /// without bound (past it, a new key is named by a `String` each time it comes).
    static let learnedKeyLimit = 1024
}

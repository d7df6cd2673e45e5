#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

/// Maps key bytes to a ``RedditKey`` without a `String` per key. Pushshift records of
/// one dump list their keys in the same (alphabetical) order, so the key seen at the same
/// position in the previous record is tried first, as ``KeyClassifier`` does.
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

    private var keyBytes: [[UInt8]] = []
    private var keys: [RedditKey] = []
    private var previousAtPosition: [Int] = []

    mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, position: Int) -> RedditKey {
        if position < previousAtPosition.count {
            let guess = previousAtPosition[position]
            if Self.equal(keyBytes[guess], bytes) { return keys[guess] }
        }
        guard let known = keyBytes.firstIndex(where: { Self.equal($0, bytes) }) ?? learn(bytes)
        else { return Self.named[String(decoding: bytes, as: UTF8.self)] ?? .ignored }
        if position < previousAtPosition.count {
            previousAtPosition[position] = known
        } else {
            previousAtPosition.append(known)
        }
        return keys[known]
    }

    /// Distinct keys remembered; hostile input with ever new keys must not make every
    /// lookup scan an ever longer list.
    static let learnedKeyLimit = 1024

    private mutating func learn(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard keys.count < Self.learnedKeyLimit else { return nil }
        let name = String(decoding: bytes, as: UTF8.self)
        keyBytes.append(Array(bytes))
        keys.append(Self.named[name] ?? .ignored)
        return keys.count - 1
    }

    @inline(__always)
    private static func equal(_ known: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard known.count == key.count else { return false }
        return known.withUnsafeBufferPointer { known in
            guard let left = known.baseAddress, let right = key.baseAddress else { return true }
            return memcmp(left, right, key.count) == 0
        }
    }
}

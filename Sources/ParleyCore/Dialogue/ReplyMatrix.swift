/// Who replies to whom: reply links counted by the roles of the two speakers, and by
/// speaker pair. A reply link is an utterance and the parent it replies to in the reply
/// forest (orphans have none). Speakers replying to themselves count as a pair.
public struct ReplyMatrix: Sendable, Equatable {
    public struct Pair: Sendable, Equatable {
        /// Speaker indices: the one who replied and the one replied to.
        public var replier: Int
        public var repliedTo: Int
        public var count: Int
    }

    /// `counts[replier role][replied-to role]`, roles in ``Role/allCases`` order.
    public var counts: [[Int]]
    public var replies: Int
    /// Every speaker pair, most replies first, then by the speakers' order of
    /// first appearance (replier, then replied-to).
    public var pairs: [Pair]

    public init(corpus: Corpus) {
        let roleCount = Role.allCases.count
        counts = [[Int]](repeating: [Int](repeating: 0, count: roleCount), count: roleCount)
        replies = 0
        var byPair: [UInt64: Int] = [:]
        for index in corpus.utteranceIndices {
            guard let parent = corpus.forest.parent(of: index) else { continue }
            let replier = corpus.speakerOfUtterance[index]
            let repliedTo = corpus.speakerOfUtterance[parent]
            counts[Self.row(corpus.speakerRoles[Int(replier)])][
                Self.row(corpus.speakerRoles[Int(repliedTo)])] += 1
            replies += 1
            // The same packing of two 32-bit numbers as a customer's presence key.
            byPair[CustomerPresence.key(speaker: replier, conversation: repliedTo), default: 0] +=
                1
        }
        pairs = byPair.map { key, count in
            Pair(
                replier: CustomerPresence.speaker(ofKey: key),
                repliedTo: CustomerPresence.conversation(ofKey: key), count: count)
        }.sorted { left, right in
            (-left.count, left.replier, left.repliedTo)
                < (-right.count, right.replier, right.repliedTo)
        }
    }

    public func count(from replier: Role, to repliedTo: Role) -> Int {
        counts[Self.row(replier)][Self.row(repliedTo)]
    }

    static func row(_ role: Role) -> Int { Role.allCases.firstIndex(of: role) ?? 0 }
}

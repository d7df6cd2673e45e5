/// The one pass over a corpus's columns that every dialogue metric is computed from.
///
/// Reads the speaker, time, parent and conversation columns of each utterance once and
/// builds no per-utterance `String`: a million utterances take well under a second.
/// Per conversation it keeps the utterance and organization counts, the exchanges and
/// the first organization time; per customer utterance the earliest direct organization
/// reply; per customer and conversation a ``CustomerPresence``.
///
/// Definitions (README, "Two-way dialogue"):
/// - first response: the earliest organization utterance (at any depth) of a
///   customer-started conversation whose timestamp is at or after the root's. Untimed
///   organization utterances and ones timed before the root are not candidates; a tie
///   between two organization utterances gives the same time either way, and one at the
///   root's own second counts as 0 s. An organization utterance replying to another
///   organization utterance is still an organization utterance and a candidate.
/// - reply time: for each customer utterance that at least one organization utterance
///   replies to directly, the time to the earliest such reply timed at or after it.
///   Customer replies to customers never count as replies here.
/// - exchange: a reply link whose two utterances are on different sides; replies within
///   a side (organization to itself, customer to customer) are not exchanges.
public struct DialogueAnalysis: Sendable {
    /// The conversations analysed (all, or the one asked for).
    public let conversations: [Int]
    public let utteranceCount: Int
    public let organizationUtteranceCount: Int
    var utterancesIn: [Int32]
    var organizationUtterancesIn: [Int32]
    var exchangesIn: [Int32]
    /// Earliest organization time at or after the root, NaN for none.
    var firstOrganizationTime: [Double]
    var outcomes: [ConversationOutcome]
    /// Reply times of customer utterances, and how many had organization replies but no
    /// usable time.
    var replyTimes: [Double]
    var replyTimesUntimed: Int
    var presence: [UInt64: CustomerPresence]

    /// Analyses the whole corpus.
    public init(corpus: Corpus) {
        self.init(corpus: corpus, members: corpus.utteranceIndices, conversations: nil)
    }

    /// Analyses one conversation (by conversation number).
    public init(corpus: Corpus, conversation: Int) {
        let members = corpus.forest.preorder(from: corpus.forest.roots[conversation])
            .map(\.index).sorted()
        self.init(corpus: corpus, members: members, conversations: [conversation])
    }

    private init<Members: Sequence<Int>>(
        corpus: Corpus, members: Members, conversations: [Int]?
    ) {
        let conversationCount = corpus.conversationCount
        self.conversations = conversations ?? Array(0..<conversationCount)
        var pass = Pass(corpus: corpus)
        for index in members { pass.add(index) }
        utteranceCount = pass.utterances
        organizationUtteranceCount = pass.organizationUtterances
        utterancesIn = pass.utterancesIn
        organizationUtterancesIn = pass.organizationUtterancesIn
        exchangesIn = pass.exchangesIn
        firstOrganizationTime = pass.firstOrganizationTime
        presence = pass.presence
        (replyTimes, replyTimesUntimed) = pass.replyTimes()
        outcomes = (0..<conversationCount).map { conversation in
            Self.outcome(conversation, corpus: corpus, pass: pass)
        }
    }

    private static func outcome(
        _ conversation: Int, corpus: Corpus, pass: Pass
    ) -> ConversationOutcome {
        let root = corpus.forest.roots[conversation]
        if corpus.replyLinks[root] != Corpus.noReplyTo { return .midConversation }
        if corpus.role(of: root) == .organization { return .organizationStarted }
        return pass.organizationUtterancesIn[conversation] > 0 ? .answered : .unanswered
    }

    /// The outcome of conversation `conversation`.
    public func outcome(of conversation: Int) -> ConversationOutcome { outcomes[conversation] }

    /// Seconds from the root to the first response, or why there is none (nil, nil for a
    /// conversation that is not customer-started and answered).
    public func firstResponse(
        of conversation: Int, in corpus: Corpus
    ) -> (seconds: Double?, gap: ResponseTimeGap?) {
        guard outcomes[conversation] == .answered else { return (nil, nil) }
        let rootTime = corpus.timestamps[corpus.forest.roots[conversation]]
        if rootTime.isNaN { return (nil, .rootUntimed) }
        let first = firstOrganizationTime[conversation]
        if first.isNaN { return (nil, .responseUntimed) }
        return (first - rootTime, nil)
    }

    public func utteranceCount(of conversation: Int) -> Int { Int(utterancesIn[conversation]) }
    public func exchangeCount(of conversation: Int) -> Int { Int(exchangesIn[conversation]) }
}

extension DialogueAnalysis {
    /// The accumulators of the pass; kept apart so the public value stays immutable.
    struct Pass {
        // The columns read, held directly so the loop does no copying or reference
        // counting of the corpus per utterance.
        let parents: [Int32]
        let conversationOf: [Int32]
        let roots: [Int]
        let speakerOf: [Int32]
        let roles: [Role]
        let timestamps: TimeColumn
        var utterances = 0
        var organizationUtterances = 0
        var utterancesIn: [Int32]
        var organizationUtterancesIn: [Int32]
        var exchangesIn: [Int32]
        var firstOrganizationTime: [Double]
        /// Per utterance: the earliest direct organization reply time at or after it
        /// (NaN for none); and whether an organization utterance replies to it at all.
        var earliestReply: [Double]
        var hasOrganizationReply: [Bool]
        var presence: [UInt64: CustomerPresence] = [:]

        init(corpus: Corpus) {
            parents = corpus.forest.parents
            conversationOf = corpus.forest.conversationOf
            roots = corpus.forest.roots
            speakerOf = corpus.speakerOfUtterance
            roles = corpus.speakerRoles
            timestamps = corpus.timestamps
            let conversations = corpus.conversationCount
            utterancesIn = [Int32](repeating: 0, count: conversations)
            organizationUtterancesIn = utterancesIn
            exchangesIn = utterancesIn
            firstOrganizationTime = [Double](repeating: .nan, count: conversations)
            earliestReply = [Double](repeating: .nan, count: corpus.utteranceCount)
            hasOrganizationReply = [Bool](repeating: false, count: corpus.utteranceCount)
            // At most one entry per utterance. Growing the table step by step instead
            // took `parley-bench dialogue` on a million utterances from ~0.45 s to ~0.6 s.
            presence.reserveCapacity(corpus.utteranceCount)
        }

        mutating func add(_ index: Int) {
            let conversation = Int(conversationOf[index])
            let speaker = speakerOf[index]
            let role = roles[Int(speaker)]
            let time = timestamps[index]
            utterances += 1
            utterancesIn[conversation] += 1
            if role == .organization {
                organizationUtterances += 1
                organizationUtterancesIn[conversation] += 1
                noteOrganizationTime(time, conversation: conversation)
            } else {
                let key = CustomerPresence.key(speaker: speaker, conversation: Int32(conversation))
                presence[key, default: CustomerPresence()].add(Int32(index), time: time)
            }
            let parent = Int(parents[index])
            guard parent >= 0 else { return }
            let parentRole = roles[Int(speakerOf[parent])]
            if parentRole != role { exchangesIn[conversation] += 1 }
            if role == .organization, parentRole == .customer {
                noteReply(to: parent, at: time)
            }
        }

        private mutating func noteOrganizationTime(_ time: Double, conversation: Int) {
            let rootTime = timestamps[roots[conversation]]
            guard !time.isNaN, !rootTime.isNaN, time >= rootTime else { return }
            let first = firstOrganizationTime[conversation]
            if first.isNaN || time < first { firstOrganizationTime[conversation] = time }
        }

        private mutating func noteReply(to parent: Int, at time: Double) {
            hasOrganizationReply[parent] = true
            let parentTime = timestamps[parent]
            guard !time.isNaN, !parentTime.isNaN, time >= parentTime else { return }
            let earliest = earliestReply[parent]
            if earliest.isNaN || time < earliest { earliestReply[parent] = time }
        }

        /// Reply times in utterance order, and the count of replied-to customer
        /// utterances without a usable time.
        func replyTimes() -> ([Double], Int) {
            var times: [Double] = []
            var untimed = 0
            for index in hasOrganizationReply.indices where hasOrganizationReply[index] {
                let earliest = earliestReply[index]
                if earliest.isNaN {
                    untimed += 1
                } else {
                    times.append(earliest - timestamps[index])
                }
            }
            return (times, untimed)
        }
    }
}

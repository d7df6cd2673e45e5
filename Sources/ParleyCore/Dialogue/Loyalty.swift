/// Loyalty: customers who come back.
///
/// A customer *returns* when they have utterances in two or more conversations of any kind.
/// Each customer is grouped by the outcome of their first conversation: the one where
/// they first spoke (by timestamp; untimed utterances count after all timed ones; ties by
/// input order). Comparing the groups' return rates says whether returning is more common
/// after answered conversations. Customers also *return over time* when their timed
/// utterances fall in two or more calendar months (UTC), whatever the conversations.
public struct Loyalty: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var customers = 0
        public var returning = 0

        public init(customers: Int = 0, returning: Int = 0) {
            self.customers = customers
            self.returning = returning
        }
        public var returnRate: Double? {
            customers > 0 ? Double(returning) / Double(customers) : nil
        }

        mutating func add(returns: Bool) {
            customers += 1
            if returns { returning += 1 }
        }
    }

    public var all = Group()
    /// Customers with at least one timed utterance, and those of them active in two or
    /// more calendar months (UTC).
    public var overMonths = Group()
    /// By the outcome of each customer's first conversation, in ``ConversationOutcome``
    /// order.
    public var byFirstConversation = [Group](
        repeating: Group(), count: ConversationOutcome.allCases.count)

    public init(_ analysis: DialogueAnalysis, corpus: Corpus) {
        var conversations = [Int32](repeating: 0, count: corpus.speakerCount)
        var firstKey = [(Double, Int32)](
            repeating: (.infinity, .max), count: corpus.speakerCount)
        var firstConversation = [Int32](repeating: -1, count: corpus.speakerCount)
        for (key, presence) in analysis.presence {
            let speaker = CustomerPresence.speaker(ofKey: key)
            conversations[speaker] += 1
            if presence.firstSpokeKey < firstKey[speaker] {
                firstKey[speaker] = presence.firstSpokeKey
                firstConversation[speaker] = Int32(CustomerPresence.conversation(ofKey: key))
            }
        }
        for speaker in conversations.indices where conversations[speaker] > 0 {
            let returns = conversations[speaker] > 1
            all.add(returns: returns)
            let outcome = analysis.outcome(of: Int(firstConversation[speaker]))
            let group = ConversationOutcome.allCases.firstIndex(of: outcome) ?? 0
            byFirstConversation[group].add(returns: returns)
        }
        overMonths = Self.activeMonths(in: corpus)
    }

    /// Each customer's first month, and whether another month followed, in one pass.
    private static func activeMonths(in corpus: Corpus) -> Group {
        var firstMonth = [Int32](repeating: -1, count: corpus.speakerCount)
        var several = [Bool](repeating: false, count: corpus.speakerCount)
        for index in 0..<corpus.utteranceCount {
            guard let time = corpus.timestamp(of: index), time.isFinite,
                corpus.role(of: index) == .customer
            else { continue }
            let days = Int((time / 86_400).rounded(.down))
            let date = TimeBucket.civil(fromDays: days)
            let month = Int32(truncatingIfNeeded: date.year * 12 + date.month)
            let speaker = corpus.speakerIndex(of: index)
            if firstMonth[speaker] == -1 {
                firstMonth[speaker] = month
            } else if firstMonth[speaker] != month {
                several[speaker] = true
            }
        }
        var group = Group()
        for speaker in firstMonth.indices where firstMonth[speaker] != -1 {
            group.add(returns: several[speaker])
        }
        return group
    }
}

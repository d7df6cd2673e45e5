/// Loyalty: customers who come back.
///
/// A customer *returns* when they have utterances in two or more conversations of any kind.
/// Each customer is grouped by the outcome of their first conversation: the one where
/// they first spoke (by timestamp; untimed utterances count after all timed ones; ties by
/// input order). Comparing the groups' return rates says whether returning is more common
/// after answered conversations. (Activity over several periods is not measured.)
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
    }
}

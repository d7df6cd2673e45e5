/// The corpus-level (or one conversation's) dialogue figures, from a ``DialogueAnalysis``.
///
/// - response rate: answered ÷ customer-started conversations (see ``ConversationOutcome``);
/// - first response: ``DurationSummary`` of the answered conversations that have a time;
///   the rest are counted in ``firstResponseGaps``;
/// - reply time: ``DurationSummary`` of customer utterances answered directly by the
///   organization; ``replyTimeUntimed`` counts those without a usable time;
/// - turns per conversation: utterances ÷ conversations; exchanges per conversation:
///   reply links between the sides ÷ conversations;
/// - organization share: organization utterances ÷ utterances.
public struct DialogueSummary: Sendable, Equatable {
    public var conversations: Int
    /// Conversations by outcome, in ``ConversationOutcome`` order.
    public var outcomeCounts: [Int]
    public var firstResponse: DurationSummary
    /// Answered conversations without a first-response time, in ``ResponseTimeGap`` order.
    public var firstResponseGaps: [Int]
    public var replyTime: DurationSummary
    public var replyTimeUntimed: Int
    public var utterances: Int
    public var organizationUtterances: Int
    public var exchanges: Int

    public init(_ analysis: DialogueAnalysis, corpus: Corpus) {
        conversations = analysis.conversations.count
        outcomeCounts = [Int](repeating: 0, count: ConversationOutcome.allCases.count)
        firstResponseGaps = [Int](repeating: 0, count: ResponseTimeGap.allCases.count)
        var times: [Double] = []
        exchanges = 0
        for conversation in analysis.conversations {
            let outcome = analysis.outcome(of: conversation)
            outcomeCounts[ConversationOutcome.allCases.firstIndex(of: outcome) ?? 0] += 1
            exchanges += analysis.exchangeCount(of: conversation)
            let (seconds, gap) = analysis.firstResponse(of: conversation, in: corpus)
            if let seconds { times.append(seconds) }
            if let gap { firstResponseGaps[ResponseTimeGap.allCases.firstIndex(of: gap) ?? 0] += 1 }
        }
        firstResponse = DurationSummary(times)
        replyTime = DurationSummary(analysis.replyTimes)
        replyTimeUntimed = analysis.replyTimesUntimed
        utterances = analysis.utteranceCount
        organizationUtterances = analysis.organizationUtteranceCount
    }

    public func count(_ outcome: ConversationOutcome) -> Int {
        outcomeCounts[ConversationOutcome.allCases.firstIndex(of: outcome) ?? 0]
    }

    public func count(_ gap: ResponseTimeGap) -> Int {
        firstResponseGaps[ResponseTimeGap.allCases.firstIndex(of: gap) ?? 0]
    }

    public var customerStarted: Int { count(.answered) + count(.unanswered) }

    public var responseRate: Double? {
        customerStarted > 0 ? Double(count(.answered)) / Double(customerStarted) : nil
    }

    public var turnsPerConversation: Double? { ratio(utterances, conversations) }
    public var exchangesPerConversation: Double? { ratio(exchanges, conversations) }
    public var organizationShare: Double? { ratio(organizationUtterances, utterances) }

    private func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }
}

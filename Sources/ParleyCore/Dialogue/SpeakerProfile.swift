/// One speaker in the dialogue: their conversations, how many they started, their mean
/// sentiment, and, for an organization speaker, how fast they replied to customers: for
/// each of their utterances replying directly to a customer utterance, the time since it
/// (left out when either is untimed or the reply is timed before it; counted in
/// ``untimedReplies``). A customer's reply figures stay at zero.
public struct SpeakerProfile: Sendable, Equatable {
    public var speaker: Int
    public var utterances = 0
    /// Conversation numbers in the order the speaker first appears in them.
    public var conversations: [Int] = []
    public var started = 0
    /// Replies to customer utterances, and their times.
    public var repliesToCustomers = 0
    public var replyTime: DurationSummary
    public var untimedReplies = 0
    /// Mean compound of the speaker's utterances; nil without scores.
    public var meanCompound: Double?

    public init(speaker: Int, corpus: Corpus, scores: SentimentColumn?) {
        self.speaker = speaker
        var seen = Set<Int>()
        var times: [Double] = []
        var compoundSum = 0
        let isOrganization = corpus.speakerRoles[speaker] == .organization
        for index in corpus.utteranceIndices where corpus.speakerIndex(of: index) == speaker {
            utterances += 1
            if let scores { compoundSum += Int(scores.storage[index].compound) }
            let conversation = corpus.forest.conversation(of: index)
            if seen.insert(conversation).inserted { conversations.append(conversation) }
            guard let parent = corpus.forest.parent(of: index) else {
                started += 1
                continue
            }
            guard isOrganization, corpus.role(of: parent) == .customer else { continue }
            repliesToCustomers += 1
            let delay = corpus.timestamps[index] - corpus.timestamps[parent]
            if delay.isNaN || delay < 0 {
                untimedReplies += 1
            } else {
                times.append(delay)
            }
        }
        replyTime = DurationSummary(times)
        if scores != nil, utterances > 0 {
            meanCompound = Double(compoundSum) / SentimentColumn.compoundScale / Double(utterances)
        }
    }
}

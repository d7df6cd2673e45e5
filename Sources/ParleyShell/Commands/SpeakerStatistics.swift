import ParleyCore

/// Per-speaker figures that need a pass over the utterances.
struct SpeakerStatistics: Sendable {
    var conversations: [Int]
    var firstTimes: [Double?]
    var lastTimes: [Double?]

    init(corpus: Corpus) {
        let count = corpus.speakerCount
        conversations = Array(repeating: 0, count: count)
        firstTimes = Array(repeating: nil, count: count)
        lastTimes = Array(repeating: nil, count: count)
        // Distinct (speaker, conversation) pairs without a set per speaker: visit each
        // conversation's utterances together and stamp the speakers seen in it.
        var lastConversationSeen = [Int](repeating: -1, count: count)
        for conversation in 0..<corpus.conversationCount {
            for member in corpus.forest.preorder(from: corpus.forest.roots[conversation]) {
                let speaker = corpus.speakerIndex(of: member.index)
                if lastConversationSeen[speaker] != conversation {
                    lastConversationSeen[speaker] = conversation
                    conversations[speaker] += 1
                }
                if let time = corpus.timestamp(of: member.index) {
                    firstTimes[speaker] = min(firstTimes[speaker] ?? time, time)
                    lastTimes[speaker] = max(lastTimes[speaker] ?? time, time)
                }
            }
        }
    }
}

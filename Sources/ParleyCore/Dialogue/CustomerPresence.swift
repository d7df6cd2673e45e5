/// One customer's utterances in one conversation, reduced to what sentiment shift and
/// loyalty need: the first and last timed utterance (by timestamp, ties by input order)
/// and the first utterance in input order.
struct CustomerPresence {
    var utteranceCount: Int32 = 0
    var timedCount: Int32 = 0
    var firstIndex: Int32 = -1
    var firstTime = Double.nan
    var lastIndex: Int32 = -1
    var lastTime = Double.nan
    var firstInputIndex: Int32 = -1

    /// Adds utterance `index` at `time` (NaN for none). Utterances must come in
    /// increasing index order, so a tie in time keeps the earlier one as first and
    /// the later one as last.
    mutating func add(_ index: Int32, time: Double) {
        utteranceCount += 1
        if firstInputIndex < 0 { firstInputIndex = index }
        guard !time.isNaN else { return }
        timedCount += 1
        if firstIndex < 0 || time < firstTime {
            firstIndex = index
            firstTime = time
        }
        if lastIndex < 0 || time >= lastTime {
            lastIndex = index
            lastTime = time
        }
    }

    /// The key that orders a customer's conversations by when the customer first spoke:
    /// timed utterances first by time, untimed ones after all timed ones, ties by input.
    var firstSpokeKey: (Double, Int32) {
        timedCount > 0 ? (firstTime, firstIndex) : (.infinity, firstInputIndex)
    }

    static func key(speaker: Int32, conversation: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: speaker)) << 32 | UInt64(UInt32(bitPattern: conversation))
    }

    static func speaker(ofKey key: UInt64) -> Int { Int(key >> 32) }
    static func conversation(ofKey key: UInt64) -> Int { Int(key & 0xFFFF_FFFF) }
}

extension DialogueAnalysis {
    /// Each customer in the analysed conversations, in order of their first utterance:
    /// their first and last timed utterance (nil when none is timed) and their utterance
    /// count. Meant for one conversation; over a corpus it lists every pair.
    public func customerPresences() -> [(speaker: Int, first: Int?, last: Int?, count: Int)] {
        presence.sorted { $0.value.firstInputIndex < $1.value.firstInputIndex }.map {
            key, presence in
            let timed = presence.timedCount > 0
            return (
                CustomerPresence.speaker(ofKey: key), timed ? Int(presence.firstIndex) : nil,
                timed ? Int(presence.lastIndex) : nil, Int(presence.utteranceCount)
            )
        }
    }
}

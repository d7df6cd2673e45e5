/// Sentiment shift: whether customers left a conversation happier than they came.
///
/// For each customer in each customer-started conversation, the compound of their first
/// and last timed utterance there (by timestamp, ties by input order); the shift is last
/// minus first. A customer with one utterance in a conversation has no shift and is left
/// out (``singleUtterance``), as is one with fewer than two timed utterances
/// (``untimed``). Means are exact: compound is summed in ten-thousandths.
public struct SentimentShift: Sendable, Equatable {
    /// The customers of one group of conversations and their mean scores.
    public struct Group: Sendable, Equatable {
        public var customers = 0
        /// Sums in ten-thousandths of compound.
        var firstSum = 0
        var lastSum = 0
        public var improved = 0

        public var meanFirst: Double? { mean(firstSum) }
        public var meanLast: Double? { mean(lastSum) }
        public var meanShift: Double? { mean(lastSum - firstSum) }
        /// The share of customers whose last compound is higher than their first.
        public var improvedShare: Double? {
            customers > 0 ? Double(improved) / Double(customers) : nil
        }

        private func mean(_ sum: Int) -> Double? {
            customers > 0 ? Double(sum) / SentimentColumn.compoundScale / Double(customers) : nil
        }

        mutating func add(first: Int, last: Int) {
            customers += 1
            firstSum += first
            lastSum += last
            if last > first { improved += 1 }
        }
    }

    public var answered = Group()
    public var unanswered = Group()
    /// Answered conversations by first-response time, in ``ResponseTimeBucket`` order.
    public var byFirstResponse = [Group](
        repeating: Group(), count: ResponseTimeBucket.allCases.count)
    /// Answered conversations without a first-response time.
    public var answeredUntimed = Group()
    /// Customer-conversation pairs left out: one utterance only; or fewer than two timed.
    public var singleUtterance = 0
    public var untimed = 0

    public init(_ analysis: DialogueAnalysis, scores: SentimentColumn, corpus: Corpus) {
        // Dictionary order is arbitrary; the sums are integers, so the result is not.
        for (key, presence) in analysis.presence {
            let conversation = CustomerPresence.conversation(ofKey: key)
            let outcome = analysis.outcome(of: conversation)
            guard outcome.isCustomerStarted else { continue }
            guard presence.utteranceCount > 1 else {
                singleUtterance += 1
                continue
            }
            guard presence.timedCount > 1 else {
                untimed += 1
                continue
            }
            let first = Int(scores.storage[Int(presence.firstIndex)].compound)
            let last = Int(scores.storage[Int(presence.lastIndex)].compound)
            guard outcome == .answered else {
                unanswered.add(first: first, last: last)
                continue
            }
            answered.add(first: first, last: last)
            if let seconds = analysis.firstResponse(of: conversation, in: corpus).seconds {
                byFirstResponse[ResponseTimeBucket(seconds: seconds).rawValue]
                    .add(first: first, last: last)
            } else {
                answeredUntimed.add(first: first, last: last)
            }
        }
    }
}

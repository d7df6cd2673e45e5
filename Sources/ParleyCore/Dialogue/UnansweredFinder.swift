/// What the organization left unanswered.
///
/// - conversations: customer-started conversations with no organization utterance
///   (``ConversationOutcome/unanswered``), oldest root first (untimed roots last, ties by
///   input order);
/// - questions: customer utterances whose text ends in `?` (trailing white space
///   ignored) with no organization utterance after them in their conversation, outside
///   the conversations already listed. "After" compares timestamps when both utterances
///   have one (a tie goes by input order) and input order otherwise. Oldest first.
public struct UnansweredFinder: Sendable {
    public let conversations: [Int]
    /// Utterance indices.
    public let questions: [Int]

    public init(_ analysis: DialogueAnalysis, corpus: Corpus) {
        let latest = Self.latestOrganizationUtterances(corpus)
        let roots = corpus.forest.roots
        conversations = Self.oldestFirst(
            analysis.conversations.filter { analysis.outcome(of: $0) == .unanswered }.map {
                roots[$0]
            }, corpus
        ).map { corpus.forest.conversation(of: $0) }
        var questions: [Int] = []
        for index in corpus.utteranceIndices where corpus.role(of: index) == .customer {
            let conversation = corpus.forest.conversation(of: index)
            guard analysis.outcome(of: conversation) != .unanswered,
                Self.isQuestion(index, corpus),
                !latest[conversation].isAfter(index, corpus.timestamps[index])
            else { continue }
            questions.append(index)
        }
        self.questions = Self.oldestFirst(questions, corpus)
    }

    /// Whether the text's last character that is not white space is `?`.
    static func isQuestion(_ index: Int, _ corpus: Corpus) -> Bool {
        corpus.withTextBytes(of: index) { bytes in
            let whiteSpace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
            return bytes.last { !whiteSpace.contains($0) } == UInt8(ascii: "?")
        }
    }

    static func oldestFirst(_ indices: [Int], _ corpus: Corpus) -> [Int] {
        indices.sorted { left, right in
            let leftTime = corpus.timestamps[left]
            let rightTime = corpus.timestamps[right]
            if leftTime.isNaN != rightTime.isNaN { return !leftTime.isNaN }
            if !leftTime.isNaN, leftTime != rightTime { return leftTime < rightTime }
            return left < right
        }
    }

    /// Per conversation, the organization utterances that could come after another one.
    struct Latest {
        /// The timed organization utterance latest by (time, index); -1 for none.
        var timedIndex = -1
        var timedTime = -Double.infinity
        /// The organization utterance latest in input order, timed or not; -1 for none.
        var anyIndex = -1
        /// The untimed organization utterance latest in input order; -1 for none.
        var untimedIndex = -1

        /// Whether an organization utterance comes after utterance `index` at `time`.
        func isAfter(_ index: Int, _ time: Double) -> Bool {
            if time.isNaN { return anyIndex > index }
            if untimedIndex > index { return true }
            return timedIndex >= 0
                && (timedTime > time || (timedTime == time && timedIndex > index))
        }
    }

    static func latestOrganizationUtterances(_ corpus: Corpus) -> [Latest] {
        var latest = [Latest](repeating: Latest(), count: corpus.conversationCount)
        for index in corpus.utteranceIndices where corpus.role(of: index) == .organization {
            let conversation = corpus.forest.conversation(of: index)
            let time = corpus.timestamps[index]
            latest[conversation].anyIndex = index
            if time.isNaN {
                latest[conversation].untimedIndex = index
            } else if time >= latest[conversation].timedTime {
                latest[conversation].timedIndex = index
                latest[conversation].timedTime = time
            }
        }
        return latest
    }
}

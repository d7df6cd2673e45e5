/// How a conversation stands in the dialogue between the sides.
///
/// Definitions (also in the README's dialogue section):
/// - A conversation is *customer-started* when its root's speaker is a customer and the
///   root is a true start: the data named no reply-to id for it.
/// - A root that the data says replies to something (an orphan whose parent is not in the
///   corpus, or the point where a reply cycle was broken) starts ``midConversation``: who
///   started it is unknown, so it is left out of response rate and response times.
/// - A customer-started conversation is *answered* when any utterance in it, at any depth,
///   is by an organization speaker. Replies from other customers do not answer it.
public enum ConversationOutcome: String, Sendable, CaseIterable, Hashable {
    case answered
    case unanswered
    /// The root's speaker is on the organization side.
    case organizationStarted = "organization_started"
    case midConversation = "mid_conversation"

    public var isCustomerStarted: Bool { self == .answered || self == .unanswered }
}

/// Why a customer-started, answered conversation has no first-response time.
public enum ResponseTimeGap: String, Sendable, CaseIterable, Hashable {
    /// The root has no timestamp.
    case rootUntimed = "root_untimed"
    /// No organization utterance in it has a timestamp at or after the root's.
    case responseUntimed = "response_untimed"
}

/// Buckets of response time for the histogram and the sentiment-shift table. Lower bounds
/// are inclusive: a reply after exactly 15 minutes is in `fifteenMinutesToHour`.
public enum ResponseTimeBucket: Int, Sendable, CaseIterable, Hashable {
    case underFifteenMinutes
    case fifteenMinutesToHour
    case hourToFourHours
    case fourHoursToDay
    case dayOrMore

    static let secondsPerMinute = 60.0
    /// Upper bounds, in seconds, of every bucket but the last.
    static let upperBounds: [Double] = [15 * 60, 60 * 60, 4 * 60 * 60, 24 * 60 * 60]

    public init(seconds: Double) {
        let index = Self.upperBounds.firstIndex { seconds < $0 } ?? Self.upperBounds.count
        self = Self(rawValue: index) ?? .dayOrMore
    }

    public var label: String {
        switch self {
        case .underFifteenMinutes: "< 15m"
        case .fifteenMinutesToHour: "15m - 1h"
        case .hourToFourHours: "1h - 4h"
        case .fourHoursToDay: "4h - 1d"
        case .dayOrMore: ">= 1d"
        }
    }
}

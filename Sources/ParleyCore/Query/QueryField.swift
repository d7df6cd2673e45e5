/// A field an expression can test.
public enum QueryField: Sendable, Hashable {
    case id
    case speaker
    case role
    case text
    case time
    case depth
    /// The conversation's id (its root utterance's id).
    case conversation
    /// The number of direct replies.
    case replies
    case isRoot
    case answered
    case sentiment(SentimentField)
    /// A metadata field, `meta.NAME`.
    case meta(String)
    /// The themes in force on the utterance: `theme = billing` holds when one of them is.
    case theme
    /// No theme is in force.
    case untagged
    /// Coders decided a theme on the utterance differently.
    case disagreement

    /// The sentiment scores, known by name before the sentiment issue computes them.
    public enum SentimentField: String, Sendable, CaseIterable {
        case compound, pos, neu, neg, sentiment
    }

    /// What a field holds, which decides the operators it takes.
    public enum ValueType: Sendable, Equatable {
        case string, role, time, number, bool, metadata
    }

    /// Every field name except `meta.NAME`, in the order help lists them.
    public static let names: [String] =
        [
            "id", "speaker", "role", "text", "time", "depth", "conversation", "replies",
            "is_root", "answered", "theme", "untagged", "disagreement",
        ] + SentimentField.allCases.map(\.rawValue)

    public static let metaPrefix = "meta."

    /// The field called `name`, or nil.
    public init?(name: String) {
        switch name {
        case "id": self = .id
        case "speaker": self = .speaker
        case "role": self = .role
        case "text": self = .text
        case "time": self = .time
        case "depth": self = .depth
        case "conversation": self = .conversation
        case "replies": self = .replies
        case "is_root": self = .isRoot
        case "answered": self = .answered
        case "theme": self = .theme
        case "untagged": self = .untagged
        case "disagreement": self = .disagreement
        default:
            if let score = SentimentField(rawValue: name) {
                self = .sentiment(score)
            } else if name.hasPrefix(Self.metaPrefix), name.count > Self.metaPrefix.count {
                self = .meta(String(name.dropFirst(Self.metaPrefix.count)))
            } else {
                return nil
            }
        }
    }

    public var name: String {
        switch self {
        case .id: "id"
        case .speaker: "speaker"
        case .role: "role"
        case .text: "text"
        case .time: "time"
        case .depth: "depth"
        case .conversation: "conversation"
        case .replies: "replies"
        case .isRoot: "is_root"
        case .answered: "answered"
        case .theme: "theme"
        case .untagged: "untagged"
        case .disagreement: "disagreement"
        case .sentiment(let score): score.rawValue
        case .meta(let key): Self.metaPrefix + key
        }
    }

    public var valueType: ValueType {
        switch self {
        case .id, .speaker, .text, .conversation, .sentiment(.sentiment), .theme: .string
        case .role: .role
        case .time: .time
        case .depth, .replies, .sentiment: .number
        case .isRoot, .answered, .untagged, .disagreement: .bool
        case .meta: .metadata
        }
    }
}

/// What to do with a record that cannot be read.
public enum BadRecordPolicy: Sendable, Equatable {
    /// Skip it, report it, count it in the load summary (the default).
    case skip
    /// Stop loading at the first one (`load --strict`); nothing is loaded.
    case stop
}

/// The fields of an utterance that readers look for in a record.
public enum UtteranceField: String, Sendable, CaseIterable, Hashable {
    case id
    case parent
    case speaker
    case text
    case time
    case role
}

/// How a user asked for a file to be read.
public struct LoadOptions: Sendable {
    /// Source field names chosen by the user (`--map text=comment_body`), overriding
    /// detection.
    public var fieldNames: [UtteranceField: String]
    public var policy: BadRecordPolicy
    /// The format named by `--format`; nil to detect it.
    public var format: CorpusFormat?
    public var cancellation: Cancellation
    /// Load what an export marks as not shown (WordPress unapproved, spam and trashed
    /// comments; Disqus deleted and spam posts) instead of leaving it out
    /// (`load --include-unapproved`).
    public var includeUnapproved = false

    public init(
        fieldNames: [UtteranceField: String] = [:], policy: BadRecordPolicy = .skip,
        format: CorpusFormat? = nil, cancellation: Cancellation = .never
    ) {
        self.fieldNames = fieldNames
        self.policy = policy
        self.format = format
        self.cancellation = cancellation
    }
}

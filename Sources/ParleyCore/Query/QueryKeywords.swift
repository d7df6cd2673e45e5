/// The words and operators of the `where` language, for the parser, completion and
/// "did you mean".
public enum QueryKeywords {
    /// Words that are never field names or bare values.
    public static let reserved: Set<String> = ["and", "or", "not", "contains", "in"]

    /// Operators and keywords that may follow a field, for completion.
    public static let operators: [String] =
        QueryComparison.allCases.map(\.rawValue) + ["~", "contains", "in"]

    /// Words that join tests, for completion.
    public static let connectives = ["and", "or", "not"]
}

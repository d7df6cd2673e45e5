/// What loading one file did: the figures of the load summary.
public struct LoadReport: Sendable, Equatable {
    public var file: String
    public var format: CorpusFormat
    /// Source field name chosen for each utterance field (detected or mapped).
    public var fieldNames: [UtteranceField: String]
    /// Records seen, whether loaded or not.
    public var recordCount: Int
    public var loadedCount: Int
    /// Records skipped for any reason (malformed, missing field, duplicate id, …).
    public var skippedCount: Int
    public var warningCount: Int
    /// The first problems, in file order; `problemCount` counts them all.
    public var problems: [LoadProblem]
    public var problemCount: Int
    public var byteCount: Int
    /// Records a reader left out on purpose (WordPress spam, Disqus deleted posts), by why;
    /// not counted as skipped. `load --include-unapproved` keeps them.
    public var excluded: [ExclusionReason: Int] = [:]

    /// At most this many problems are kept; the rest are only counted.
    public static let keptProblemLimit = 100

    public init(file: String, format: CorpusFormat) {
        self.file = file
        self.format = format
        fieldNames = [:]
        recordCount = 0
        loadedCount = 0
        skippedCount = 0
        warningCount = 0
        problems = []
        problemCount = 0
        byteCount = 0
    }

    public mutating func record(_ problem: LoadProblem) {
        problemCount += 1
        switch problem.severity {
        case .error: skippedCount += 1
        case .warning: warningCount += 1
        }
        if problems.count < Self.keptProblemLimit { problems.append(problem) }
    }
}

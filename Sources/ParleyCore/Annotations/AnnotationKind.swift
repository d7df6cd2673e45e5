/// The kinds of change an analyst makes to a corpus, as the workspace counts them.
public enum AnnotationKind: String, Sendable, CaseIterable, Codable, Hashable {
    case speakerRole = "speaker-role"
    case roleRule = "role-rule"
    case lexiconEntry = "lexicon-entry"
    case tagDecision = "tag-decision"
    case memo
    case codebook
}

/// Why a reader of an export left a record out of the corpus by default: the platform
/// itself hides these from readers (``LoadOptions/includeUnapproved`` keeps them).
public enum ExclusionReason: String, Sendable, CaseIterable, Hashable, Comparable {
    /// WordPress `wp:comment_approved` 0: held for moderation.
    case unapproved
    /// WordPress `spam`, Disqus `isSpam`.
    case spam
    /// WordPress `trash` (and `post-trashed`).
    case trash
    /// Disqus `isDeleted`.
    case deleted

    public static func < (lhs: ExclusionReason, rhs: ExclusionReason) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

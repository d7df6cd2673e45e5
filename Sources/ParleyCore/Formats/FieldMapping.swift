/// Which source field (JSON key or CSV header) feeds each utterance field.
///
/// Chosen once per file from the names the file uses: the user's `--map` choices first,
/// then the first alias in ``aliases`` order that the file has (case-insensitively).
public struct FieldMapping: Sendable, Equatable {
    /// Source field names, as spelled in the file, by utterance field.
    public private(set) var names: [UtteranceField: String]

    /// Detection aliases in order of preference. Reddit's `name` (`t1_…`) is a last resort
    /// for the id: `id` is what parent links use.
    public static let aliases: [UtteranceField: [String]] = [
        .id: ["id", "utterance_id", "comment_id", "tweet_id", "uid", "name"],
        .parent: [
            "parent", "parent_id", "reply_to", "reply-to", "in_reply_to",
            "in_response_to_tweet_id", "parentid",
        ],
        .speaker: ["author", "user", "speaker", "by", "username", "author_id", "user_id"],
        .text: ["text", "body", "message", "content", "comment", "comment_body"],
        .time: ["time", "timestamp", "created_at", "created_utc", "date", "created"],
        .role: ["role"],
    ]

    /// Fields a record must have.
    static let requiredFields: [UtteranceField] = [.id, .text]

    /// Resolves the mapping for a file whose records use `available` names (first-seen
    /// order). Throws ``LoadError/missingField`` when no id or text field is found, or when
    /// a `--map` name is not among `available`.
    static func resolve(
        file: String, available: [String], overrides: [UtteranceField: String]
    ) throws(LoadError) -> FieldMapping {
        var byLowercase: [String: String] = [:]
        for name in available where byLowercase[name.lowercased()] == nil {
            byLowercase[name.lowercased()] = name
        }
        var names: [UtteranceField: String] = [:]
        for field in UtteranceField.allCases {
            if let wanted = overrides[field] {
                guard let actual = byLowercase[wanted.lowercased()] else {
                    throw .mappedFieldMissing(
                        file, field: field, name: wanted, available: available)
                }
                names[field] = actual
            } else if let alias = aliases[field]?.first(where: { byLowercase[$0] != nil }) {
                names[field] = byLowercase[alias]
            }
        }
        for field in requiredFields where names[field] == nil {
            throw .missingField(file, field: field, available: available)
        }
        return FieldMapping(names: names)
    }

    /// The utterance field a source name feeds, or nil for metadata. A name feeds at most
    /// one field; if one name was chosen for two (by `--map`), the first in
    /// ``UtteranceField/allCases`` order wins.
    func field(named name: String) -> UtteranceField? {
        UtteranceField.allCases.first { names[$0] == name }
    }

    /// Role values that mean the organization's side; anything else is a customer.
    static let organizationRoleValues: Set<String> = [
        "organization", "org", "brand", "agent", "staff", "author",
    ]
}

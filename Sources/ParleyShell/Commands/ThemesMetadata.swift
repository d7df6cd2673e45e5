import ParleyCore

/// The themes in force as a metadata entry, so exports carry them as a `themes` column
/// (CSV), key (JSON Lines) or `meta` entry (ConvoKit): names sorted, joined by `;`, empty
/// for an untagged utterance.
enum ThemesMetadata {
    static let key = "themes"
    static let separator = ";"

    static func entries(_ themes: UtteranceThemes, _ index: Int)
        -> [(key: String, value: MetadataValue)]
    {
        [(key, .string(themes.themes(of: index).joined(separator: separator)))]
    }

    /// The column value for listings: the names joined by `, `.
    static func value(_ themes: UtteranceThemes, _ index: Int) -> Value {
        .string(themes.themes(of: index).joined(separator: ", "))
    }
}

/// One theme of a codebook: a name analysts tag with, what it means, where it sits in the
/// hierarchy, and the rules `tag auto` applies.
///
/// Rules: `keywords` are words or phrases found case-insensitively on word boundaries;
/// `patterns` are POSIX extended regular expressions (case-insensitive); `exclude` holds
/// words or phrases any one of which vetoes the theme for an utterance.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var description: String
    public var parent: String?
    public var keywords: [String]
    public var patterns: [String]
    public var exclude: [String]
    /// The line of the codebook file the theme was read from, for errors found later.
    public var line: Int?

    public init(
        name: String, description: String = "", parent: String? = nil,
        keywords: [String] = [], patterns: [String] = [], exclude: [String] = [],
        line: Int? = nil
    ) {
        self.name = name
        self.description = description
        self.parent = parent
        self.keywords = keywords
        self.patterns = patterns
        self.exclude = exclude
        self.line = line
    }

    /// Whether the theme has any rule `tag auto` can apply.
    public var hasRules: Bool { !keywords.isEmpty || !patterns.isEmpty }

    /// Why `name` cannot name a theme, or nil when it can. Names are typed in commands and
    /// in `where theme = NAME`, so they are one word: letters, digits, `_`, `-` and `.`.
    public static func problem(withName name: String) -> String? {
        if name.isEmpty { return "a theme needs a name" }
        let allowed = name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0)
                || "_-.".unicodeScalars
                    .contains($0)
        }
        if !allowed {
            return "theme name '\(name)' may hold only letters, digits, '_', '-' and '.'"
        }
        return nil
    }
}

/// Which rule of a theme matched an utterance, and the words it matched there.
public struct RuleEvidence: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case keyword, pattern, exclude
    }

    public var kind: Kind
    /// The rule as written in the codebook.
    public var rule: String
    /// The first text it matched, as it appears in the utterance.
    public var matched: String

    public init(kind: Kind, rule: String, matched: String) {
        self.kind = kind
        self.rule = rule
        self.matched = matched
    }

    /// `keyword 'refund' matched "Refund"`.
    public var description: String {
        "\(kind.rawValue) '\(rule)' matched \"\(matched)\""
    }
}

/// What the rules of one theme found in one utterance: the rules that matched, and the
/// exclusion that vetoed the theme, if one did.
public struct ThemeEvaluation: Sendable, Equatable {
    /// The theme's position in the codebook.
    public var theme: Int
    /// Keyword and pattern matches, in codebook order of the rules.
    public var evidence: [RuleEvidence]
    public var veto: RuleEvidence?

    /// Whether the rules put the theme on the utterance.
    public var applies: Bool { veto == nil && !evidence.isEmpty }

    /// One line for the ledger: the matching rules, then the veto if any.
    public var summary: String {
        var parts = evidence.map(\.description)
        if let veto { parts.append("vetoed: " + veto.description) }
        return parts.joined(separator: "; ")
    }
}

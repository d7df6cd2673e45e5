/// One change an analyst made, as a typed value: what an ``AnnotationStore`` records and
/// gives back, in the order it was made.
///
/// Replaying every change in order rebuilds the analyst's state; later changes win
/// (a second role for a speaker replaces the first, a codebook replaces the one before).
public enum AnnotationChange: Sendable, Equatable, Codable {
    case speakerRole(SpeakerRoleAssignment)
    case roleRule(RoleRuleChange)
    /// Every role assignment and rule was forgotten: the data's roles apply again.
    case rolesCleared
    case lexiconEntry(LexiconEntryChange)
    /// A theme decision as the tag ledger keeps it (`Themes/TagDecision.swift`).
    case tagDecision(TagDecision)
    /// Every tag decision before this one was forgotten (the ledger was rewritten: a
    /// theme renamed or its tags dropped); the decisions recorded after it are the ledger.
    case tagsCleared
    case memo(Memo)
    case codebook(CodebookText)

    public var kind: AnnotationKind {
        switch self {
        case .speakerRole: .speakerRole
        case .roleRule, .rolesCleared: .roleRule
        case .lexiconEntry: .lexiconEntry
        case .tagDecision, .tagsCleared: .tagDecision
        case .memo: .memo
        case .codebook: .codebook
        }
    }
}

/// A speaker given a role by the analyst (or a rule), with the reason shown later.
public struct SpeakerRoleAssignment: Sendable, Equatable, Codable {
    public var speakerID: String
    public var role: Role
    public var reason: String

    public init(speakerID: String, role: Role, reason: String) {
        self.speakerID = speakerID
        self.role = role
        self.reason = reason
    }
}

/// A rule that gives a role to speakers whose id matches a regular expression, added or
/// taken away.
public struct RoleRuleChange: Sendable, Equatable, Codable {
    public enum Action: String, Sendable, Codable { case added, removed }

    public var pattern: String
    public var role: Role
    public var action: Action

    public init(pattern: String, role: Role, action: Action) {
        self.pattern = pattern
        self.role = role
        self.action = action
    }
}

/// One word of the sentiment lexicon changed: a new valence, taken out, or restored to its
/// built-in valence.
public struct LexiconEntryChange: Sendable, Equatable, Codable {
    public enum Change: Sendable, Equatable, Codable {
        case valence(Double)
        case removed
        /// The analyst's change was forgotten: the built-in valence applies again.
        case reset
    }

    /// The lowercase word.
    public var word: String
    public var change: Change

    public init(word: String, change: Change) {
        self.word = word
        self.change = change
    }
}

/// A note a coder wrote about something: an utterance, a speaker, a theme (the target is
/// named as the caller chooses, e.g. `utterance:t1`).
public struct Memo: Sendable, Equatable, Codable {
    public var target: String
    public var coder: String
    public var text: String
    /// Seconds since 1970-01-01T00:00:00Z.
    public var time: Double

    public init(target: String, coder: String, text: String, time: Double) {
        self.target = target
        self.coder = coder
        self.text = text
        self.time = time
    }
}

/// The codebook as its YAML text; each one replaces the one before whole.
public struct CodebookText: Sendable, Equatable, Codable {
    public var yaml: String

    public init(yaml: String) { self.yaml = yaml }
}

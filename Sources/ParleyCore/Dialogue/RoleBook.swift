/// The analyst's role decisions, kept apart from the corpus so they survive a new `load`
/// and can be stored and replayed: an ordered list of changes, each applied over the roles
/// the data gave and over the changes before it.
///
/// A plain value: to persist it, store ``changes`` in order (each change is a role, a kind,
/// and either speaker ids or a pattern); replaying them with ``record(_:)`` gives an equal
/// book.
public struct RoleBook: Sendable, Equatable {
    /// One decision, as the analyst typed it.
    public enum Change: Sendable, Equatable {
        /// `role SPEAKER... ROLE`: these speakers take this role.
        case assign(speakers: [String], role: Role)
        /// `role match REGEX ROLE`: every speaker whose id matches the POSIX extended,
        /// case-insensitive pattern (anywhere in the id, as in `where`) takes this role.
        case match(pattern: String, role: Role)

        public var role: Role {
            switch self {
            case .assign(_, let role), .match(_, let role): role
            }
        }
    }

    /// Why a speaker has the role it has.
    public enum Source: Sendable, Equatable {
        /// The data said so (TWCS `inbound`, a role column, ConvoKit speaker meta), or
        /// nobody said anything and the speaker is a customer by default.
        case data
        /// Change number `change` (0-based, in ``changes``), an explicit assignment.
        case assigned(change: Int)
        /// Change number `change`, a `match` rule with this pattern.
        case rule(change: Int, pattern: String)
    }

    /// The changes in the order they were made; later ones win.
    public private(set) var changes: [Change] = []

    public init(changes: [Change] = []) { self.changes = changes }

    /// Adds a change at the end (after checking a pattern compiles).
    public mutating func record(_ change: Change) throws(POSIXRegexError) {
        if case .match(let pattern, _) = change { _ = try POSIXRegex(pattern) }
        changes.append(change)
    }

    /// Forgets every change; the data's roles apply again.
    public mutating func removeAll() { changes.removeAll() }

    /// Every speaker's role and its source: the data's roles (`dataRoles`, by speaker
    /// index) with the changes applied in order. Speaker ids that name nobody in `corpus`
    /// are passed over (a change made on another corpus still applies where it can).
    public func resolve(in corpus: Corpus, dataRoles: [Role]) -> [(Role, Source)] {
        var result = dataRoles.map { ($0, Source.data) }
        for (number, change) in changes.enumerated() {
            switch change {
            case .assign(let speakers, let role):
                for speaker in speakers {
                    guard let index = corpus.speakerIndex(ofID: speaker) else { continue }
                    result[index] = (role, .assigned(change: number))
                }
            case .match(let pattern, let role):
                // Checked in `record`; a book built by hand with a bad pattern matches nobody.
                guard let regex = try? POSIXRegex(pattern) else { continue }
                for index in result.indices where corpus.speakerMatches(index, regex) {
                    result[index] = (role, .rule(change: number, pattern: pattern))
                }
            }
        }
        return result
    }
}

extension Corpus {
    /// Every speaker's role, by speaker index.
    public var speakerRoleColumn: [Role] { speakerRoles }

    /// Sets every speaker's role at once (`roles` holds one per speaker index).
    public mutating func setSpeakerRoles(_ roles: [Role]) {
        precondition(roles.count == speakerCount, "one role per speaker")
        speakerRoles = roles
    }

    func speakerMatches(_ speakerIndex: Int, _ regex: POSIXRegex) -> Bool {
        speakerNames.withBytes(speakerIndex) { regex.matches($0) }
    }
}

/// Every tagging decision of a session, in the order made, and the tags they add up to.
///
/// Nothing is ever overwritten: `tag`, `untag` and `tag auto` append decisions, and the
/// current tags are derived from them. For each utterance and theme the latest manual
/// decision (any coder's) wins; without one, the latest rule decision does. An explicit
/// rejection is a decision like any other, so `untag` survives a later `tag auto`.
///
/// To persist a ledger, store ``decisions`` in order; to restore it, pass them to
/// ``init(decisions:)`` (or ``record(_:)`` each in turn).
public struct TagLedger: Sendable {
    /// The coder name rule decisions are recorded under.
    public static let ruleCoder = "rules"

    struct Key: Hashable, Sendable {
        var utteranceID: String
        var theme: String
    }

    /// A key with its theme interned: hashing one short id instead of two strings keeps
    /// recording a million rule tags fast.
    struct SlotKey: Hashable, Sendable {
        var utteranceID: String
        var theme: Int32
    }

    /// The latest manual and rule decision of a key, as positions in `decisions`.
    struct Slot: Sendable {
        var manual: Int?
        var rule: Int?
    }

    public private(set) var decisions: [TagDecision] = []
    private var slots: [SlotKey: Slot] = [:]
    private var themeNames: [String] = []
    private var themeNumbers: [String: Int32] = [:]

    public init(decisions: [TagDecision] = []) {
        self.decisions.reserveCapacity(decisions.count)
        for decision in decisions { record(decision) }
    }

    public var isEmpty: Bool { decisions.isEmpty }

    public mutating func record(_ decision: TagDecision) {
        let position = decisions.count
        decisions.append(decision)
        let key = SlotKey(utteranceID: decision.utteranceID, theme: number(of: decision.theme))
        switch decision.source {
        case .manual: slots[key, default: Slot()].manual = position
        case .rule: slots[key, default: Slot()].rule = position
        }
    }

    /// Makes room for `count` more decisions.
    public mutating func reserveCapacity(adding count: Int) {
        decisions.reserveCapacity(decisions.count + count)
        slots.reserveCapacity(slots.count + count)
    }

    private mutating func number(of theme: String) -> Int32 {
        if let number = themeNumbers[theme] { return number }
        let number = Int32(themeNames.count)
        themeNames.append(theme)
        themeNumbers[theme] = number
        return number
    }

    private func slotKey(_ key: Key) -> SlotKey? {
        themeNumbers[key.theme].map { SlotKey(utteranceID: key.utteranceID, theme: $0) }
    }

    private func key(_ slotKey: SlotKey) -> Key {
        Key(utteranceID: slotKey.utteranceID, theme: themeNames[Int(slotKey.theme)])
    }

    /// The decision in force for a theme on an utterance, or nil when none was made.
    public func effectiveDecision(utteranceID: String, theme: String) -> TagDecision? {
        guard let slotKey = slotKey(Key(utteranceID: utteranceID, theme: theme)),
            let slot = slots[slotKey], let position = slot.manual ?? slot.rule
        else { return nil }
        return decisions[position]
    }

    func latestRuleDecision(_ key: Key) -> TagDecision? {
        slotKey(key).flatMap { slots[$0]?.rule }.map { decisions[$0] }
    }

    /// The keys whose latest rule decision applies the theme.
    func ruleAppliedKeys() -> [Key] {
        slots.compactMap { slotKey, slot in
            slot.rule.flatMap { decisions[$0].verdict == .applied ? key(slotKey) : nil }
        }
    }

    /// The themes in force, by utterance id; themes sorted by name.
    public func currentTags() -> [String: [String]] {
        var tags: [String: [String]] = [:]
        for (key, slot) in slots {
            guard let position = slot.manual ?? slot.rule,
                decisions[position].verdict == .applied
            else { continue }
            tags[key.utteranceID, default: []].append(themeNames[Int(key.theme)])
        }
        for key in tags.keys { tags[key]?.sort() }
        return tags
    }

    /// Every decision about one utterance, oldest first. (A scan: it serves `tag why`,
    /// and an index by utterance would slow down recording.)
    public func history(of utteranceID: String) -> [TagDecision] {
        decisions.filter { $0.utteranceID == utteranceID }
    }

    /// Coders who made manual decisions, sorted.
    public var coders: [String] {
        Set(decisions.lazy.filter { $0.source == .manual }.map(\.coder)).sorted()
    }

    /// Each key's latest verdict by `coder` (``ruleCoder`` reads the rule decisions).
    func verdicts(of coder: String) -> [Key: TagDecision.Verdict] {
        var verdicts: [Key: TagDecision.Verdict] = [:]
        let wantsRules = coder == Self.ruleCoder
        for decision in decisions
        where (decision.source == .rule) == wantsRules && decision.coder == coder {
            verdicts[Key(utteranceID: decision.utteranceID, theme: decision.theme)] =
                decision.verdict
        }
        return verdicts
    }

    /// Each key's latest manual verdict per coder, for keys with any manual decision.
    func manualVerdictsByKey() -> [Key: [String: TagDecision.Verdict]] {
        var table: [Key: [String: TagDecision.Verdict]] = [:]
        for decision in decisions where decision.source == .manual {
            table[Key(utteranceID: decision.utteranceID, theme: decision.theme), default: [:]][
                decision.coder] = decision.verdict
        }
        return table
    }

    /// A renamed theme: every decision about it now names the new theme (a store should
    /// rewrite its copy the same way).
    public mutating func renameTheme(_ old: String, to new: String) {
        let renamed = decisions.map { decision in
            var copy = decision
            if copy.theme == old { copy.theme = new }
            return copy
        }
        self = TagLedger(decisions: renamed)
    }

    /// Forgets every decision about `theme`; returns how many there were.
    @discardableResult
    public mutating func dropTheme(_ theme: String) -> Int {
        let kept = decisions.filter { $0.theme != theme }
        let dropped = decisions.count - kept.count
        self = TagLedger(decisions: kept)
        return dropped
    }
}

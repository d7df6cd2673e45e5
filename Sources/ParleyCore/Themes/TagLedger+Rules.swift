extension TagLedger {
    /// What one `tag auto` run changed.
    public struct RuleRun: Sendable, Equatable {
        /// Decisions recorded that a rule applies a theme (new or with new evidence).
        public var applied = 0
        /// Rule tags withdrawn because no rule matches any more.
        public var withdrawn = 0
        /// Rule tags that were already recorded with the same evidence.
        public var unchanged = 0
        /// Per theme, the utterances in scope the rules tag.
        public var tagged: [String: Int] = [:]

        public init() {}
    }

    /// Records the outcome of running the rules over `scope` (utterance ids; nil for all):
    /// a decision for each tag that is new or has new evidence, and a rejection for each
    /// earlier rule tag in scope that no rule gives any more. Manual decisions are left
    /// as they are, and still win over these.
    public mutating func recordRuleRun(
        _ tags: [(utteranceID: String, theme: String, evidence: String)], scope: Set<String>?,
        time: Double
    ) -> RuleRun {
        recordMachineRun(tags, from: .rule, scope: scope, time: time)
    }

    /// Records a `topics assign` run like a rule run (``recordRuleRun(_:scope:time:)``):
    /// the dominant topics' themes as decisions of ``topicCoder``; earlier topic tags that
    /// are no longer dominant are withdrawn.
    public mutating func recordTopicRun(
        _ tags: [(utteranceID: String, theme: String, evidence: String)], time: Double
    ) -> RuleRun {
        recordMachineRun(tags, from: .topic, scope: nil, time: time)
    }

    private mutating func recordMachineRun(
        _ tags: [(utteranceID: String, theme: String, evidence: String)],
        from source: TagDecision.Source, scope: Set<String>?, time: Double
    ) -> RuleRun {
        var run = RuleRun()
        let earlier = appliedKeys(from: source)
        let decide = { (key: Key, verdict: TagDecision.Verdict, evidence: String) in
            Self.machineDecision(key, source, verdict, evidence, time)
        }
        reserveCapacity(adding: tags.count)
        // Without earlier rule tags nothing can be unchanged or withdrawn.
        if earlier.isEmpty {
            for tag in tags {
                run.tagged[tag.theme, default: 0] += 1
                let key = Key(utteranceID: tag.utteranceID, theme: tag.theme)
                record(decide(key, .applied, tag.evidence))
            }
            run.applied = tags.count
            return run
        }
        var fresh = Set<Key>()
        for tag in tags {
            let key = Key(utteranceID: tag.utteranceID, theme: tag.theme)
            fresh.insert(key)
            run.tagged[tag.theme, default: 0] += 1
            if let previous = latestDecision(key, from: source), previous.verdict == .applied,
                previous.evidence == tag.evidence
            {
                run.unchanged += 1
                continue
            }
            record(decide(key, .applied, tag.evidence))
            run.applied += 1
        }
        let stale = earlier.filter { key in
            !fresh.contains(key) && (scope?.contains(key.utteranceID) ?? true)
        }
        for key in stale.sorted(by: { ($0.utteranceID, $0.theme) < ($1.utteranceID, $1.theme) }) {
            let reason =
                source == .topic ? "no longer the dominant topic" : "no rule matches any more"
            record(decide(key, .rejected, reason))
            run.withdrawn += 1
        }
        return run
    }

    private static func machineDecision(
        _ key: Key, _ source: TagDecision.Source, _ verdict: TagDecision.Verdict,
        _ evidence: String, _ time: Double
    ) -> TagDecision {
        TagDecision(
            utteranceID: key.utteranceID, theme: key.theme,
            coder: source == .topic ? topicCoder : ruleCoder, verdict: verdict,
            source: source, evidence: evidence, time: time)
    }
}

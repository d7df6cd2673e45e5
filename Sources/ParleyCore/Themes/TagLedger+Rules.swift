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
        var run = RuleRun()
        let earlier = ruleAppliedKeys()
        reserveCapacity(adding: tags.count)
        // Without earlier rule tags nothing can be unchanged or withdrawn.
        if earlier.isEmpty {
            for tag in tags {
                run.tagged[tag.theme, default: 0] += 1
                let key = Key(utteranceID: tag.utteranceID, theme: tag.theme)
                record(ruleDecision(key, .applied, tag.evidence, time))
            }
            run.applied = tags.count
            return run
        }
        var fresh = Set<Key>()
        for tag in tags {
            let key = Key(utteranceID: tag.utteranceID, theme: tag.theme)
            fresh.insert(key)
            run.tagged[tag.theme, default: 0] += 1
            if let previous = latestRuleDecision(key), previous.verdict == .applied,
                previous.evidence == tag.evidence
            {
                run.unchanged += 1
                continue
            }
            record(ruleDecision(key, .applied, tag.evidence, time))
            run.applied += 1
        }
        let stale = earlier.filter { key in
            !fresh.contains(key) && (scope?.contains(key.utteranceID) ?? true)
        }
        for key in stale.sorted(by: { ($0.utteranceID, $0.theme) < ($1.utteranceID, $1.theme) }) {
            record(ruleDecision(key, .rejected, "no rule matches any more", time))
            run.withdrawn += 1
        }
        return run
    }

    private func ruleDecision(
        _ key: Key, _ verdict: TagDecision.Verdict, _ evidence: String, _ time: Double
    ) -> TagDecision {
        TagDecision(
            utteranceID: key.utteranceID, theme: key.theme, coder: Self.ruleCoder,
            verdict: verdict, source: .rule, evidence: evidence, time: time)
    }
}

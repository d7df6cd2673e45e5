import ParleyCore
import Testing

@Suite struct TagLedgerTests {
    static func manual(
        _ id: String, _ theme: String, _ coder: String, _ verdict: TagDecision.Verdict,
        at time: Double = 0
    ) -> TagDecision {
        TagDecision(
            utteranceID: id, theme: theme, coder: coder, verdict: verdict, source: .manual,
            evidence: verdict == .applied ? "tag" : "untag", time: time)
    }

    @Test func ruleTagsKeepTheirEvidence() {
        var ledger = TagLedger()
        let run = ledger.recordRuleRun(
            [("u1", "billing", "keyword 'refund' matched \"Refund\"")], scope: nil, time: 5)
        #expect(run.applied == 1)
        let decision = ledger.effectiveDecision(utteranceID: "u1", theme: "billing")
        #expect(decision?.source == .rule)
        #expect(decision?.coder == TagLedger.ruleCoder)
        #expect(decision?.evidence == "keyword 'refund' matched \"Refund\"")
        #expect(decision?.time == 5)
    }

    @Test func anUntagOverridesRulesEvenAfterAnotherRun() {
        var ledger = TagLedger()
        _ = ledger.recordRuleRun([("u1", "billing", "e")], scope: nil, time: 0)
        ledger.record(Self.manual("u1", "billing", "alice", .rejected))
        _ = ledger.recordRuleRun([("u1", "billing", "e2")], scope: nil, time: 1)
        #expect(ledger.currentTags()["u1"] == nil)
        #expect(ledger.effectiveDecision(utteranceID: "u1", theme: "billing")?.coder == "alice")
        // Nothing was lost: three decisions, in order.
        #expect(ledger.history(of: "u1").map(\.source) == [.rule, .manual, .rule])
    }

    @Test func aRerunWithdrawsRuleTagsNoRuleGivesAndKeepsUnchangedOnes() {
        var ledger = TagLedger()
        _ = ledger.recordRuleRun([("u1", "a", "e"), ("u2", "a", "e")], scope: nil, time: 0)
        let run = ledger.recordRuleRun([("u1", "a", "e")], scope: nil, time: 1)
        #expect(
            run
                == {
                    var expected = TagLedger.RuleRun()
                    expected.withdrawn = 1
                    expected.unchanged = 1
                    expected.tagged = ["a": 1]
                    return expected
                }())
        #expect(ledger.currentTags() == ["u1": ["a"]])
    }

    @Test func replayingTheDecisionsGivesTheSameTags() {
        var ledger = TagLedger()
        _ = ledger.recordRuleRun([("u1", "a", "e"), ("u2", "b", "e")], scope: nil, time: 0)
        ledger.record(Self.manual("u2", "b", "bob", .rejected))
        ledger.record(Self.manual("u3", "a", "bob", .applied))
        let replayed = TagLedger(decisions: ledger.decisions)
        #expect(replayed.currentTags() == ledger.currentTags())
        #expect(replayed.currentTags() == ["u1": ["a"], "u3": ["a"]])
    }

    @Test func disagreementsAndKappaUseOnlyExplicitDecisions() {
        var ledger = TagLedger()
        ledger.record(Self.manual("u1", "a", "alice", .applied))
        ledger.record(Self.manual("u1", "a", "bob", .applied))
        ledger.record(Self.manual("u2", "a", "alice", .applied))
        ledger.record(Self.manual("u2", "a", "bob", .rejected))
        ledger.record(Self.manual("u3", "a", "alice", .rejected))
        ledger.record(Self.manual("u3", "a", "bob", .rejected))
        ledger.record(Self.manual("u4", "a", "alice", .applied))  // bob silent: not a unit
        let report = CoderAgreement(ledger: ledger, coderA: "alice", coderB: "bob")
        #expect(report.overall.units == 3)
        #expect(report.overall.agreed == 2)
        // p_o = 2/3; alice yes 2/3, bob yes 1/3: p_e = 2/9 + 2/9 = 4/9; κ = (2/9)/(5/9).
        #expect(abs((report.overall.kappa ?? 0) - 0.4) < 1e-12)
        #expect(report.disagreements.map(\.utteranceID) == ["u2"])
        #expect(ledger.disagreements().map(\.utteranceID) == ["u2"])
    }

    @Test func renamingAndDroppingAThemeRewriteItsDecisions() {
        var ledger = TagLedger()
        ledger.record(Self.manual("u1", "a", "alice", .applied))
        ledger.record(Self.manual("u1", "b", "alice", .applied))
        ledger.renameTheme("a", to: "c")
        #expect(ledger.currentTags() == ["u1": ["b", "c"]])
        #expect(ledger.dropTheme("b") == 1)
        #expect(ledger.currentTags() == ["u1": ["c"]])
    }
}

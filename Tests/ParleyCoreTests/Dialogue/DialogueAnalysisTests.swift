import ParleyCore
import ParleyTestSupport
import Testing

/// The figures of ``DialogueFixtureCorpus``, worked out by hand from its drawing.
@Suite struct DialogueAnalysisTests {
    let corpus: Corpus
    let analysis: DialogueAnalysis

    init() throws {
        corpus = try DialogueFixtureCorpus.make()
        analysis = DialogueAnalysis(corpus: corpus)
    }

    private func conversation(_ root: String) -> Int {
        DialogueFixtureCorpus.conversation(root, in: corpus)
    }

    @Test func outcomesFollowTheRootAndTheOrganizationsPresence() {
        #expect(analysis.outcome(of: conversation("a1")) == .answered)
        // Only another customer replied to b1.
        #expect(analysis.outcome(of: conversation("b1")) == .unanswered)
        #expect(analysis.outcome(of: conversation("c1")) == .answered)
        #expect(analysis.outcome(of: conversation("d1")) == .answered)
        // e1 replies to an utterance that is not in the corpus.
        #expect(analysis.outcome(of: conversation("e1")) == .midConversation)
        #expect(analysis.outcome(of: conversation("f1")) == .organizationStarted)
    }

    @Test func summaryCountsEveryConversationAndSaysWhatItLeftOut() {
        let summary = DialogueSummary(analysis, corpus: corpus)
        #expect(summary.conversations == 6)
        #expect(summary.customerStarted == 4)
        #expect(summary.responseRate == 0.75)  // a, c, d of a, b, c, d
        #expect(summary.utterances == 17)
        #expect(summary.organizationUtterances == 7)
        // a: a2, a3, a4, a6 (a5 is Brand to Brand); b: none (cat to bob); c: 1; d: 2;
        // e: 1; f: 1.
        #expect(summary.exchanges == 9)
        #expect(summary.firstResponse.sorted == [600])  // a2 and a3 tie at 600
        #expect(summary.count(ResponseTimeGap.rootUntimed) == 1)  // c
        #expect(summary.count(ResponseTimeGap.responseUntimed) == 1)  // d
    }

    @Test func replyTimesUseTheEarliestDirectOrganizationReply() {
        let summary = DialogueSummary(analysis, corpus: corpus)
        // a1 → a2/a3 after 600 s; e1 → e2 after 100 s (an orphan's replies still count);
        // c1 (untimed) and d1 (its reply untimed) are left out.
        #expect(summary.replyTime.sorted == [100, 600])
        #expect(summary.replyTime.median == 350)
        #expect(summary.replyTime.p90 == 600)
        #expect(summary.replyTimeUntimed == 2)
    }

    @Test func sentimentShiftTakesFirstAndLastByTimeWithTiesByInputOrder() {
        let scores = DialogueFixtureCorpus.scores(for: corpus)
        let shift = SentimentShift(analysis, scores: scores, corpus: corpus)
        // ann in a: first a1 (-0.5); a4 and a6 share 900 s, a6 is later in input: 0.5.
        #expect(shift.answered.customers == 1)
        #expect(shift.answered.meanFirst == -0.5)
        #expect(shift.answered.meanLast == 0.5)
        #expect(shift.answered.meanShift == 1.0)
        #expect(shift.answered.improved == 1)
        #expect(
            shift.byFirstResponse[ResponseTimeBucket.underFifteenMinutes.rawValue]
                .customers == 1)
        #expect(shift.unanswered.customers == 0)
        // bob and cat in b, dan in c spoke once; eve in d has one timed utterance of two.
        #expect(shift.singleUtterance == 3)
        #expect(shift.untimed == 1)
    }

    @Test func loyaltyGroupsCustomersByTheirFirstConversation() {
        let loyalty = Loyalty(analysis, corpus: corpus)
        // ann (a, e) and bob (b, f) return; cat, dan, eve do not.
        #expect(loyalty.all == Loyalty.Group(customers: 5, returning: 2))
        let answered = ConversationOutcome.allCases.firstIndex(of: .answered) ?? -1
        let unanswered = ConversationOutcome.allCases.firstIndex(of: .unanswered) ?? -1
        // First conversations: ann a, dan c (untimed), eve d; bob b (1000 s before f2), cat b.
        #expect(loyalty.byFirstConversation[answered] == .init(customers: 3, returning: 1))
        #expect(loyalty.byFirstConversation[unanswered] == .init(customers: 2, returning: 1))
        // Every time here falls on 1970-01-01; dan has none.
        #expect(loyalty.overMonths == Loyalty.Group(customers: 4, returning: 0))
    }

    @Test func returningOverTimeCountsCalendarMonthsOfCustomersOnly() throws {
        let january31 = 1_706_659_199.0  // 2024-01-30T23:59:59Z
        let day = 86_400.0
        let corpus = try TestCorpora.make([
            .init("a", speaker: "ann", time: january31),
            // 2024-01-31T23:59:59Z and 2024-02-01T00:00:01Z: two months, two seconds apart.
            .init("b", parent: "a", speaker: "ann", time: january31 + day),
            .init("c", parent: "b", speaker: "ann", time: january31 + day + 2),
            .init("d", speaker: "bob", time: january31),
            .init("e", parent: "d", speaker: "bob", time: january31 + day),
            .init("f", speaker: "cat"),
            .init("g", speaker: "Brand", time: january31 + 90 * day, role: .organization),
            .init("h", speaker: "Brand", time: january31, role: .organization),
        ])
        let analysis = DialogueAnalysis(corpus: corpus)
        let loyalty = Loyalty(analysis, corpus: corpus)
        #expect(loyalty.overMonths == Loyalty.Group(customers: 2, returning: 1))
    }

    @Test func oneConversationIsAnalysedAlone() {
        let single = DialogueAnalysis(corpus: corpus, conversation: conversation("a1"))
        let summary = DialogueSummary(single, corpus: corpus)
        #expect(summary.conversations == 1)
        #expect(summary.utterances == 6)
        #expect(summary.exchanges == 4)
        #expect(summary.replyTime.sorted == [600])
        let presences = single.customerPresences()
        #expect(presences.count == 1)
        #expect(presences.first?.count == 3)
        #expect(presences.first?.last == corpus.index(ofID: "a6"))
    }
}

import ParleyCore
import ParleyTestSupport
import Testing

/// `unanswered`, `replies` and `speaker` on ``DialogueFixtureCorpus``, worked by hand.
@Suite struct DialogueInspectionTests {
    let corpus: Corpus

    init() throws { corpus = try DialogueFixtureCorpus.make() }

    private func ids(_ indices: [Int]) -> [String] { indices.map(corpus.id(of:)) }

    @Test func unansweredListsSilentConversationsAndQuestionsNobodyAnswered() {
        let finder = UnansweredFinder(DialogueAnalysis(corpus: corpus), corpus: corpus)
        #expect(ids(finder.conversations.map { corpus.forest.roots[$0] }) == ["b1"])
        // a1 is answered by a2; b1 and b2 are in the listed conversation; f2 ends in
        // "? " and nothing from Brand follows it.
        #expect(ids(finder.questions) == ["f2"])
    }

    @Test func aQuestionTiedInTimeWithTheOrganizationGoesByInputOrder() throws {
        let org = Role.organization
        let corpus = try TestCorpora.make([
            .init("q1", speaker: "ann", text: "Help?", time: 100),
            .init("r1", parent: "q1", speaker: "Brand", time: 100, role: org),
            .init("r2", speaker: "Brand", time: 200, role: org),
            .init("q2", parent: "r2", speaker: "bob", text: "Really?", time: 200),
            .init("q3", parent: "r2", speaker: "bob", text: "When?"),
        ])
        let finder = UnansweredFinder(DialogueAnalysis(corpus: corpus), corpus: corpus)
        // q1: r1 has the same time and comes later in input, so it answers q1. q2: r2 has
        // the same time but came first. q3 is untimed and nothing follows it in input.
        #expect(finder.questions.map(corpus.id(of:)) == ["q2", "q3"])
    }

    @Test func replyMatrixCountsLinksByRoleAndPair() {
        let matrix = ReplyMatrix(corpus: corpus)
        #expect(matrix.replies == 11)  // every utterance but the six roots
        #expect(matrix.count(from: .organization, to: .customer) == 5)  // a2 a3 c2 d2 e2
        #expect(matrix.count(from: .customer, to: .organization) == 4)  // a4 a6 d3 f2
        #expect(matrix.count(from: .organization, to: .organization) == 1)  // a5
        #expect(matrix.count(from: .customer, to: .customer) == 1)  // b2
        let top = matrix.pairs.first
        #expect(top.map { corpus.speaker($0.replier).id } == "Brand")
        #expect(top.map { corpus.speaker($0.repliedTo).id } == "ann")
        #expect(top?.count == 3)
    }

    @Test func speakerProfileGivesAnOrganizationsReplyTimes() throws {
        let brand = try #require(corpus.speakerIndex(ofID: "Brand"))
        let profile = SpeakerProfile(speaker: brand, corpus: corpus, scores: nil)
        #expect(profile.utterances == 7)
        #expect(profile.conversations.count == 5)  // all but b
        #expect(profile.started == 1)  // f1
        #expect(profile.repliesToCustomers == 5)  // a2 a3 c2 d2 e2; a5 replies to Brand
        #expect(profile.replyTime.sorted == [100, 600, 600])
        #expect(profile.untimedReplies == 2)  // c2 (c1 untimed), d2
        #expect(profile.meanCompound == nil)
    }
}

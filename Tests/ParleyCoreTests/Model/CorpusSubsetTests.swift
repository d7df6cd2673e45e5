import ParleyCore
import ParleyTestSupport
import Testing

@Suite struct CorpusSubsetTests {
    private func corpus() throws -> Corpus {
        try TestCorpora.make([
            .init("a", speaker: "ann", text: "root", time: 10),
            .init("b", parent: "a", speaker: "Brand", text: "reply", role: .organization),
            .init("c", parent: "b", speaker: "ann", text: "thanks", time: 30),
            .init("d", parent: "a", speaker: "cy", text: "me too"),
        ])
    }

    @Test func keepsFieldsAndRolesOfTheChosenUtterances() throws {
        let subset = try corpus().subset([1, 2])
        #expect(subset.utteranceCount == 2)
        #expect(subset.id(of: 0) == "b")
        #expect(subset.role(of: 0) == .organization)
        #expect(subset.text(of: 1) == "thanks")
        #expect(subset.timestamp(of: 1) == 30)
        #expect(subset.forest.parent(of: 1) == 0)
    }

    @Test func aReplyWhoseParentIsLeftOutBecomesAnOrphanButKeepsItsReplyTo() throws {
        let subset = try corpus().subset([2, 3])
        #expect(subset.forest.orphans == [0, 1])
        #expect(subset.replyTo(of: 0) == "b")
        #expect(subset.conversationCount == 2)
    }

    @Test func anEmptySubsetIsAnEmptyCorpus() throws {
        #expect(try corpus().subset([]).isEmpty)
    }
}

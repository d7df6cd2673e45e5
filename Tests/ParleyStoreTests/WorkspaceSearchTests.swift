import GRDB
import ParleyCore
import Testing

@testable import ParleyStore

@Suite struct WorkspaceSearchTests {
    private func workspace() throws -> Workspace {
        var builder = CorpusBuilder()
        let texts = [
            "I want a refund for my order", "Refunded already, thanks", "my order is late",
            "cancel my subscription please", "order placed, refund pending, refund soon",
            "Le café était froid",
        ]
        for (index, text) in texts.enumerated() {
            _ = builder.add(UtteranceRecord(id: "u\(index)", text: text))
        }
        let workspace = try Workspace.inMemory()
        try workspace.importCorpus(try builder.build(), sources: [])
        return workspace
    }

    private func ids(_ query: String, _ workspace: Workspace) throws -> Set<Int> {
        Set(try workspace.search(query).map(\.utterance))
    }

    @Test func wordsPhrasesPrefixesAndOperators() throws {
        let workspace = try workspace()
        #expect(try ids("refund", workspace) == [0, 4])
        #expect(try ids("refund*", workspace) == [0, 1, 4])
        #expect(try ids("\"my order\"", workspace) == [0, 2])
        #expect(try ids("order NOT refund", workspace) == [2])
        #expect(try ids("cancel OR late", workspace) == [2, 3])
        #expect(try ids("refund AND order", workspace) == [0, 4])
        #expect(try ids("cafe", workspace) == [5])
    }

    @Test func rankingPutsTheDensestMatchFirstAndSnippetsMarkMatches() throws {
        let hits = try workspace().search("refund")
        #expect(hits.first?.utterance == 4)
        #expect(hits.first.map { $0.score > hits[1].score } == true)
        let snippet = try #require(hits.first?.snippet)
        #expect(snippet.contains(SearchHit.highlightStart + "refund" + SearchHit.highlightEnd))
    }

    @Test func filterAndLimitApplyAfterRanking() throws {
        let workspace = try workspace()
        let hits = try workspace.search("refund*", accepting: { $0 != 4 }, limit: 1)
        #expect(hits.map(\.utterance) == [0] || hits.map(\.utterance) == [1])
        #expect(hits.count == 1)
    }

    @Test(arguments: ["refund AND", "\"unclosed", "(order", "NOT", "a:b"])
    func badSyntaxIsASearchSyntaxError(query: String) throws {
        let workspace = try workspace()
        #expect(throws: SearchSyntaxError.self) { try workspace.search(query) }
    }

    /// A workspace whose index is missing (a file from before the index, or emptied by
    /// hand) gets it rebuilt on its first search; later searches skip the check.
    @Test func aMissingIndexIsRebuiltOnTheFirstSearch() throws {
        let workspace = try workspace()
        try workspace.database.write { db in
            try db.execute(sql: "INSERT INTO utterance_fts(utterance_fts) VALUES('delete-all')")
        }
        workspace.searchIndexIsCurrent = false
        #expect(try ids("refund", workspace) == [0, 4])
        #expect(workspace.searchIndexIsCurrent)
    }
}

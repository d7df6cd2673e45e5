import ParleyCore
import ParleyTestSupport
import Testing

@Suite struct RoleBookTests {
    let corpus: Corpus

    init() throws {
        corpus = try TestCorpora.make([
            .init("1", speaker: "ann"), .init("2", speaker: "AcmeSupport"),
            .init("3", speaker: "bob"), .init("4", speaker: "Brand", role: .organization),
        ])
    }

    private func resolved(_ book: RoleBook) -> [String: (Role, RoleBook.Source)] {
        let result = book.resolve(in: corpus, dataRoles: corpus.speakerRoleColumn)
        var byName: [String: (Role, RoleBook.Source)] = [:]
        for (index, entry) in result.enumerated() { byName[corpus.speaker(index).id] = entry }
        return byName
    }

    @Test func anEmptyBookKeepsTheDataRoles() {
        let roles = resolved(RoleBook())
        #expect(roles["Brand"]?.0 == .organization)
        #expect(roles["Brand"]?.1 == .data)
        #expect(roles["ann"]?.0 == .customer)
    }

    @Test func laterChangesWinAndEachSpeakerKeepsItsReason() throws {
        var book = RoleBook()
        try book.record(.assign(speakers: ["ann"], role: .organization))
        try book.record(.match(pattern: "support$", role: .organization))
        try book.record(.assign(speakers: ["Brand", "nobody"], role: .customer))
        try book.record(.match(pattern: "^an", role: .customer))
        let roles = resolved(book)
        #expect(roles["AcmeSupport"]?.0 == .organization)  // case-insensitive
        #expect(roles["AcmeSupport"]?.1 == .rule(change: 1, pattern: "support$"))
        #expect(roles["Brand"]?.0 == .customer)
        #expect(roles["Brand"]?.1 == .assigned(change: 2))
        #expect(roles["ann"]?.0 == .customer)  // the rule after the assignment wins
        #expect(roles["ann"]?.1 == .rule(change: 3, pattern: "^an"))
        #expect(roles["bob"]?.1 == .data)
    }

    @Test func aBadPatternIsRefusedAndNotRecorded() {
        var book = RoleBook()
        #expect(throws: POSIXRegexError.self) {
            try book.record(.match(pattern: "(", role: .organization))
        }
        #expect(book.changes.isEmpty)
    }

    @Test func replayingTheChangesGivesAnEqualBook() throws {
        var book = RoleBook()
        try book.record(.assign(speakers: ["ann"], role: .organization))
        try book.record(.match(pattern: "x", role: .customer))
        var replayed = RoleBook()
        for change in book.changes { try replayed.record(change) }
        #expect(replayed == book)
        #expect(RoleBook(changes: book.changes) == book)
    }
}

@Suite struct DurationSummaryTests {
    @Test func medianAveragesTheMiddlePairAndP90UsesTheNearestRank() {
        let odd = DurationSummary([5, 1, 3])
        #expect(odd.median == 3)
        #expect(odd.p90 == 5)  // rank ceil(2.7) = 3
        let thirty = DurationSummary((1...30).map(Double.init))
        #expect(thirty.median == 15.5)
        #expect(thirty.p90 == 27)  // rank 27 exactly, not 28
        #expect(DurationSummary([]).median == nil)
    }

    @Test func bucketsIncludeTheirLowerBound() {
        let summary = DurationSummary([0, 899, 900, 3600, 86_399, 86_400])
        #expect(summary.bucketCounts == [2, 1, 1, 1, 1])
    }
}

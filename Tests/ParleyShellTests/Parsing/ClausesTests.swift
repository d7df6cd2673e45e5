import Testing

@testable import ParleyShell

@Suite struct ClausesTests {
    private func extract(_ line: String, sortFields: [String] = ["time", "id"]) throws -> (
        Clauses, [String]
    ) {
        let words = try LineTokenizer.commands(in: line)[0]
        let (clauses, rest) = try Clauses.extract(
            from: words, sortFields: sortFields, allowsLimit: true)
        return (clauses, rest.map(\.text))
    }

    @Test func takesSortAndLimitInAnyOrder() throws {
        let (clauses, rest) = try extract("x sort time desc limit 3 y")
        #expect(clauses == Clauses(sort: .init(field: "time", descending: true), limit: 3))
        #expect(rest == ["x", "y"])
        let (reversed, _) = try extract("limit 2 sort id")
        #expect(reversed == Clauses(sort: .init(field: "id", descending: false), limit: 2))
    }

    @Test func ascIsAccepted() throws {
        #expect(try extract("sort time asc").0.sort == .init(field: "time", descending: false))
    }

    @Test func quotedKeywordsAreArguments() throws {
        let (clauses, rest) = try extract("'limit' 5")
        #expect(clauses == Clauses())
        #expect(rest == ["limit", "5"])
    }

    @Test func limitNeedsAWholeNumber() {
        #expect(throws: ShellError("limit needs a whole number of 0 or more, not 'ten'", column: 6))
        {
            try extract("limit ten")
        }
        #expect(throws: ShellError("limit needs a number", column: 0)) { try extract("limit") }
        #expect(throws: ShellError.self) { try extract("limit -1") }
    }

    @Test func unknownSortFieldSuggestsTheClosest() {
        #expect(
            throws: ShellError(
                "cannot sort by 'tiem': choose one of time, id", column: 5,
                suggestion: "did you mean 'time'?")
        ) { try extract("sort tiem") }
    }

    @Test func commandsWithoutSortKeepTheWord() throws {
        let words = try LineTokenizer.commands(in: "show sort")[0]
        let (_, rest) = try Clauses.extract(from: words, sortFields: [], allowsLimit: false)
        #expect(rest.map(\.text) == ["show", "sort"])
    }
}

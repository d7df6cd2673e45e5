import Testing

@testable import ParleyCore

@Suite struct QueryEvaluationTests {
    let corpus: Corpus

    init() throws { corpus = try QueryFixtures.corpus() }

    private func ids(_ expression: String) throws -> [String] {
        try QueryFixtures.ids(expression, in: corpus)
    }

    @Test func structuralFields() throws {
        #expect(try ids("role = organization") == ["b"])
        #expect(try ids("role != organization") == ["a", "c", "d", "e"])
        #expect(try ids("is_root") == ["a", "d"])
        #expect(try ids("answered") == ["a", "b", "c"])
        #expect(try ids("not answered") == ["d", "e"])
        #expect(try ids("depth >= 1") == ["b", "c", "e"])
        #expect(try ids("replies = 0") == ["c", "e"])
        #expect(try ids("conversation = a") == ["a", "b", "c"])
        #expect(try ids("speaker in (ann, Brand)") == ["a", "b", "c"])
        #expect(try ids("id = c") == ["c"])
        #expect(try ids("id in (a, zz)") == ["a"])
        #expect(try ids("id > c") == ["d", "e"])
    }

    @Test func containsMatchesWholeWordsIgnoringCase() throws {
        #expect(try ids("text contains refund") == ["a", "c"])
        #expect(try ids("text contains 'my order'") == ["a", "e"])
        #expect(try ids("text contains 'order please'") == ["e"])
        #expect(try ids("text contains 'der'") == [])
    }

    @Test func regularExpressionsIgnoreCase() throws {
        #expect(try ids("text ~ 'refund(ed)?'") == ["a", "b", "c"])
        #expect(try ids("text ~ '^where'") == ["d"])
        #expect(try ids("speaker ~ '^b'") == ["b", "d", "e"])
    }

    @Test func timesAndWholeDays() throws {
        #expect(try ids("time = 2024-05-01") == ["a", "b"])
        #expect(try ids("time > 2024-05-01") == ["c", "e"])
        #expect(try ids("time <= 2024-05-02") == ["a", "b", "c"])
        #expect(try ids("time < 2024-05-01T11:00") == ["a"])
        #expect(try ids("time >= 2024-05-01 + 11h") == ["b", "c", "e"])
        #expect(try ids("time = null") == ["d"])
        #expect(try ids("time != null") == ["a", "b", "c", "e"])
    }

    @Test func metadataComparesNumbersAsNumbersAndMissingAsFalse() throws {
        #expect(try ids("meta.score > 6") == ["b"])
        #expect(try ids("meta.score < 10") == ["a"])
        #expect(try ids("meta.score = null") == ["c", "d", "e"])
        #expect(try ids("meta.channel = null") == ["b", "c", "d", "e"])
        #expect(try ids("meta.channel = app") == ["a"])
        #expect(try ids("meta.channel != app") == [])
        #expect(try ids("not meta.channel = app") == ["b", "c", "d", "e"])
        #expect(try ids("meta.channel in (web, app)") == ["a"])
    }

    @Test func connectives() throws {
        #expect(try ids("role = customer and text contains order") == ["a", "e"])
        #expect(try ids("is_root or role = organization") == ["a", "b", "d"])
        #expect(try ids("not (is_root or depth = 2)") == ["b", "e"])
    }

    @Test func sentimentFieldsSayTheyNeedScores() throws {
        let expression = try QueryParser.parse("depth = 0 and compound > 0.5")
        #expect(
            throws: QueryError(
                "compound needs sentiment scores, which this session has not computed",
                column: 14)
        ) {
            _ = try QueryPredicate(expression, in: corpus)
        }
    }

    @Test func aBadPatternIsReportedAtItsPosition() throws {
        let expression = try QueryParser.parse("text ~ 'a(b'")
        do {
            _ = try QueryPredicate(expression, in: corpus)
            Issue.record("accepted a bad pattern")
        } catch {
            #expect(error.column == 7)
            #expect(error.message.hasPrefix("bad regular expression 'a(b': "))
        }
    }
}

import Testing

@testable import ParleyCore

@Suite struct QueryParserTests {
    private func parse(_ text: String) throws -> QueryExpression { try QueryParser.parse(text) }

    private func test(_ text: String) throws -> QueryTest {
        guard case .test(let test) = try parse(text) else {
            Issue.record("\(text) is not a single test")
            return QueryTest(.id, column: 0, .isTrue)
        }
        return test
    }

    private func error(_ text: String) -> QueryError? {
        do {
            _ = try QueryParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: QueryComparison.allCases)
    func everyComparisonParses(_ comparison: QueryComparison) throws {
        let parsed = try test("depth \(comparison.rawValue) 2")
        #expect(
            parsed.condition
                == .compare(
                    comparison,
                    QueryLiteral(.number(2), text: "2", column: 7 + comparison.rawValue.count)))
    }

    @Test func regexContainsAndIn() throws {
        #expect(
            try test("text ~ 'ref+und'").condition
                == .matches(.init(.text("ref+und"), text: "ref+und", column: 7)))
        #expect(
            try test("text contains \"my order\"").condition
                == .contains(.init(.text("my order"), text: "my order", column: 14)))
        let list = try test("speaker in (ann, 'bob b', 3)")
        guard case .isIn(let values) = list.condition else {
            Issue.record("not a list")
            return
        }
        #expect(values.map(\.text) == ["ann", "bob b", "3"])
    }

    @Test func notBindsTighterThanAndWhichBindsTighterThanOr() throws {
        let parsed = try parse("is_root or not answered and depth > 1")
        guard case .any(let parts) = parsed, parts.count == 2, case .all(let both) = parts[1],
            case .not = both[0]
        else {
            Issue.record("wrong shape: \(parsed)")
            return
        }
        #expect(both.count == 2)
    }

    @Test func parenthesesGroup() throws {
        let parsed = try parse("(is_root or answered) and depth = 0")
        guard case .all(let parts) = parsed, case .any = parts[0] else {
            Issue.record("wrong shape: \(parsed)")
            return
        }
    }

    @Test func keywordsIgnoreCase() throws {
        guard case .all = try parse("is_root AND NOT answered") else {
            Issue.record("AND not read as a keyword")
            return
        }
    }

    @Test func quotingKeepsKeywordsAsValues() throws {
        #expect(
            try test("text contains 'and'").condition
                == .contains(.init(.text("and"), text: "and", column: 14)))
        #expect(
            try test(#"speaker = "say \"hi\"""#).condition
                == .compare(.equal, .init(.text(#"say "hi""#), text: #"say "hi""#, column: 10)))
    }

    @Test func timeLiteralsDurationsAndOffsets() throws {
        let day = try test("time > 2024-05-01")
        #expect(
            day.condition
                == .compare(.greater, .init(.time(1_714_521_600), text: "2024-05-01", column: 7)))
        let moved = try test("time >= 2024-05-01T10:00 + 2h")
        #expect(
            moved.condition
                == .compare(
                    .greaterOrEqual,
                    .init(.time(1_714_557_600 + 7_200), text: "2024-05-01T10:00 + 2h", column: 8)))
        let quoted = try test("time < '2024-05-02'")
        #expect(
            quoted.condition
                == .compare(.less, .init(.time(1_714_608_000), text: "2024-05-02", column: 7)))
    }

    @Test func negativeNumbersAndMetadata() throws {
        let parsed = try test("meta.score >= -1.5")
        #expect(parsed.field == .meta("score"))
        #expect(
            parsed.condition
                == .compare(.greaterOrEqual, .init(.number(-1.5), text: "-1.5", column: 14)))
        #expect(
            try test("meta.x = null").condition
                == .compare(.equal, .init(.null, text: "null", column: 9)))
    }

    @Test func aBooleanFieldStandsAlone() throws {
        #expect(try test("is_root").condition == .isTrue)
        #expect(
            try test("answered = false").condition
                == .compare(.equal, .init(.bool(false), text: "false", column: 11)))
    }

    @Test func errorsPointAtTheBadToken() {
        #expect(
            error("depth >")
                == QueryError("expected a value, found the end of the expression", column: 7))
        #expect(error("spaeker = ann")?.misspelling?.word == "spaeker")
        #expect(error("spaeker = ann")?.column == 0)
        #expect(error("depth = 1 role = customer")?.column == 10)
        #expect(error("(depth = 1")?.message.hasPrefix("expected ')'") == true)
        #expect(error("depth ~ 'x'")?.column == 0)
        #expect(error("depth = many")?.column == 8)
        #expect(error("role < customer")?.column == 7)
        #expect(error("role = cusomter")?.misspelling?.candidates == ["customer", "organization"])
        #expect(error("time > 2024-13-01")?.column == 7)
        #expect(error("text & 'x'") == QueryError("unexpected character '&'", column: 5))
        #expect(error("text = 'open")?.column == 7)
        #expect(error("speaker not in (a)")?.column == 8)
        #expect(error("")?.message.hasPrefix("where needs an expression") == true)
    }

    @Test func nestingIsBounded() {
        let deep =
            String(repeating: "(", count: 200) + "is_root" + String(repeating: ")", count: 200)
        #expect(error(deep)?.message == "the expression nests too deeply")
        let fine = String(repeating: "(", count: 50) + "is_root" + String(repeating: ")", count: 50)
        #expect(error(fine) == nil)
    }

    @Test func segmentsKeepTheirColumns() throws {
        let segments = [
            QuerySourceSegment(raw: "text", column: 11), QuerySourceSegment(raw: "~", column: 16),
            QuerySourceSegment(raw: "'(x'", column: 18),
        ]
        let expression = try QueryParser.parse(segments)
        guard case .test(let test) = expression, case .matches(let literal) = test.condition else {
            Issue.record("wrong shape")
            return
        }
        #expect(test.column == 11)
        #expect(literal.column == 18)
    }
}

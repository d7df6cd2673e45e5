import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyShell

@Suite struct WhereClauseTests {
    private func extract(_ line: String) throws -> (Clauses, [String]) {
        let words = try LineTokenizer.commands(in: line)[0]
        let (clauses, rest) = try Clauses.extract(
            from: Array(words.dropFirst()), sortFields: ["time"], allowsLimit: true)
        return (clauses, rest.map(\.text))
    }

    private func failure(_ line: String) -> ShellError? {
        do {
            _ = try extract(line)
            return nil
        } catch {
            return error as? ShellError
        }
    }

    @Test func whereRunsUpToTheNextClause() throws {
        let (clauses, rest) = try extract("count where depth > 1 and is_root by speaker limit 3")
        #expect(rest == ["by", "speaker"])
        #expect(clauses.limit == 3)
        guard case .all(let parts) = clauses.filter else {
            Issue.record("no conjunction: \(String(describing: clauses.filter))")
            return
        }
        #expect(parts.count == 2)
    }

    @Test func quotedClauseWordsStayInTheExpression() throws {
        let (clauses, rest) = try extract("list where text contains 'limit' limit 2")
        #expect(rest.isEmpty)
        #expect(clauses.limit == 2)
        guard case .test(let test) = clauses.filter, case .contains(let literal) = test.condition
        else {
            Issue.record("wrong filter")
            return
        }
        #expect(literal.text == "limit")
        #expect(literal.column == 25)
    }

    @Test func aBackslashKeepsTheNextCharacterAsInTheShell() throws {
        let (clauses, _) = try extract(#"list where text contains don\'t"#)
        guard case .test(let test) = clauses.filter, case .contains(let literal) = test.condition
        else {
            Issue.record("wrong filter")
            return
        }
        #expect(literal.text == "don't")
    }

    @Test func versusGivesASecondGroup() throws {
        let (clauses, rest) = try extract("terms compare where is_root vs where not is_root top 3")
        #expect(rest == ["compare", "top", "3"])
        #expect(clauses.filter != nil)
        guard case .not = clauses.versus else {
            Issue.record("wrong second group")
            return
        }
    }

    @Test func errorsCarryTheColumnInTheTypedLine() {
        #expect(
            failure("list where depth >")
                == ShellError(
                    "expected a value, found the end of the expression", column: 18))
        #expect(
            failure("list where spaeker = ann")
                == ShellError(
                    "unknown field 'spaeker'", column: 11, suggestion: "did you mean 'speaker'?"))
        #expect(failure("list where role = cutsomer")?.suggestion == "did you mean 'customer'?")
        #expect(
            failure("list where")
                == ShellError(
                    "where needs an expression, such as: role = customer", column: 5))
        #expect(failure("list where is_root where answered")?.column == 19)
    }

    @Test func theSessionShowsTheExpressionWithACaret() {
        let session = Session()
        let sink = StringSink()
        let outcome = session.execute("list where depth >= 'x'", results: sink, diagnostics: sink)
        #expect(outcome.failed)
        #expect(
            sink.text == """
                error: depth is a number: compare it with a number, not 'x'
                  list where depth >= 'x'
                                      ^

                """)
    }

    @Test func sentimentFieldsFailClearly() {
        let session = Session()
        let sink = StringSink()
        _ = session.execute("count where compound > 0.5", results: sink, diagnostics: sink)
        #expect(
            sink.text.hasPrefix(
                "error: compound needs sentiment scores, which this session has not computed"))
    }

    @Test func completionOffersFieldsOperatorsAndValues() {
        let session = Session()
        func choices(_ words: [String]) -> [String] {
            guard case .choices(let choices) = session.argumentKind(ofCommand: "list", after: words)
            else { return [] }
            return choices
        }
        #expect(choices(["where"]).contains("speaker"))
        #expect(choices(["where", "speaker"]).contains("contains"))
        #expect(choices(["where", "role", "="]) == ["customer", "organization"])
        #expect(choices(["where", "role", "=", "customer"]) == ["and", "or"])
        #expect(choices(["where", "is_root", "and"]).contains("answered"))
        #expect(session.argumentKind(ofCommand: "list", after: ["sort"]) == .none)
        #expect(session.argumentKind(ofCommand: "show", after: ["where"]) == .none)
    }
}

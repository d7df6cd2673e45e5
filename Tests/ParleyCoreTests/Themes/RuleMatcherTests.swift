import ParleyCore
import Testing

@Suite struct RuleMatcherTests {
    static func matcher(_ themes: [Theme]) throws -> RuleMatcher {
        try RuleMatcher(Codebook(themes: themes))
    }

    /// The names of the themes the rules apply to `text`.
    static func applied(_ text: String, _ matcher: RuleMatcher, _ codebook: [Theme]) -> [String] {
        matcher.evaluate(text).filter(\.applies).map { codebook[$0.theme].name }
    }

    static let billing = Theme(
        name: "billing", keywords: ["refund", "charged twice", "e-mail"],
        patterns: ["£[0-9]+"], exclude: ["gift card"])
    static let praise = Theme(name: "praise", keywords: ["thanks", "refund"])

    @Test func keywordsMatchOnWordBoundariesOnly() throws {
        let m = try Self.matcher([Self.billing])
        #expect(Self.applied("I want a refund!", m, [Self.billing]) == ["billing"])
        #expect(Self.applied("refund's late", m, [Self.billing]) == ["billing"])
        #expect(Self.applied("they refunded it", m, [Self.billing]).isEmpty)
        #expect(Self.applied("prerefund", m, [Self.billing]).isEmpty)
    }

    @Test func caseIsIgnored() throws {
        let m = try Self.matcher([Self.billing])
        #expect(Self.applied("REFUND NOW", m, [Self.billing]) == ["billing"])
        #expect(Self.applied("I was Charged TWICE", m, [Self.billing]) == ["billing"])
    }

    @Test func phrasesSpanAnyWhitespaceButNotPunctuation() throws {
        let m = try Self.matcher([Self.billing])
        #expect(Self.applied("charged \n\t twice", m, [Self.billing]) == ["billing"])
        #expect(Self.applied("charged, twice", m, [Self.billing]).isEmpty)
        #expect(Self.applied("charged twiceover", m, [Self.billing]).isEmpty)
    }

    @Test func keywordsWithPunctuationUseThePhraseScan() throws {
        let m = try Self.matcher([Self.billing])
        #expect(Self.applied("send an E-mail", m, [Self.billing]) == ["billing"])
        #expect(Self.applied("email", m, [Self.billing]).isEmpty)
    }

    @Test func patternsAreCaseInsensitiveRegularExpressions() throws {
        let m = try Self.matcher([Self.billing])
        let found = m.evaluate("That was £75 for nothing")
        #expect(found.first?.evidence == [.init(kind: .pattern, rule: "£[0-9]+", matched: "£75")])
    }

    @Test func anExclusionVetoesTheTheme() throws {
        let m = try Self.matcher([Self.billing])
        let found = m.evaluate("refund my gift card")
        #expect(found.count == 1)
        #expect(found.first?.applies == false)
        #expect(found.first?.veto?.rule == "gift card")
    }

    @Test func overlappingThemesBothApply() throws {
        let themes = [Self.billing, Self.praise]
        let m = try Self.matcher(themes)
        #expect(Self.applied("Thanks for the refund", m, themes) == ["billing", "praise"])
        // The veto is per theme: praise keeps its refund.
        #expect(Self.applied("refund to a gift card", m, themes) == ["praise"])
    }

    @Test func evidenceNamesTheRuleAndTheWordsAsWritten() throws {
        let m = try Self.matcher([Self.billing])
        let found = m.evaluate("I was CHARGED  twice")
        #expect(found.first?.summary == "keyword 'charged twice' matched \"CHARGED  twice\"")
    }

    @Test func aBadPatternIsAnErrorAtTheThemesLine() {
        let theme = Theme(name: "x", patterns: ["(unclosed"], line: 7)
        let error = #expect(throws: CodebookError.self) { try Self.matcher([theme]) }
        #expect(error?.line == 7)
        #expect(error?.message.hasPrefix("theme 'x': bad pattern '(unclosed'") == true)
    }
}

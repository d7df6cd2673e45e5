import ParleyCore
import Testing

/// The literal scanned for before a pattern runs must never hide a match.
@Suite struct RequiredLiteralTests {
    static func applies(_ pattern: String, _ text: String) throws -> Bool {
        let matcher = try RuleMatcher(Codebook(themes: [Theme(name: "t", patterns: [pattern])]))
        return matcher.evaluate(text).contains { $0.applies }
    }

    @Test(arguments: [
        ("colou?r", "COLOR me"), ("refund(ed)?", "Refunded"), ("ab*c", "ac"),
        ("late|delay", "a delay"), ("^wait", "Waiting"), ("abc+", "ABCCC"),
        ("x{2}yz", "xxyz"), ("charged twice", "CHARGED TWICE"), ("[0-9]+ days", "3 days"),
    ])
    func patternsStillMatch(_ pattern: String, _ text: String) throws {
        #expect(try Self.applies(pattern, text))
    }

    @Test(arguments: [("refund(ed)?", "we fund it"), ("colou?r", "colder"), ("^wait", "I wait")])
    func patternsStillMiss(_ pattern: String, _ text: String) throws {
        #expect(try !Self.applies(pattern, text))
    }
}

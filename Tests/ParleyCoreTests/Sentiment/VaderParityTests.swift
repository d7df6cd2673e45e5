import Foundation
import Testing

@testable import ParleyCore

/// Exact parity with vaderSentiment 3.3.2: all four scores equal the reference's at 4
/// decimals on every text. A failure lists the first 20 differing texts.
@Suite struct VaderParityTests {
    let analyzer = SentimentAnalyzer()

    struct Mismatch: CustomStringConvertible {
        var key: String
        var text: String
        var expected: [Double]
        var actual: [Double]
        var description: String {
            "\(key): \(text.debugDescription)\n    reference \(expected)\n    parley    \(actual)"
        }
    }

    static func report(_ mismatches: [Mismatch], of total: Int) -> Comment {
        let listed = mismatches.prefix(20).map(\.description).joined(separator: "\n")
        return "\(mismatches.count) of \(total) texts differ; the first 20:\n\(listed)"
    }

    @Test(
        "Scores equal the reference on every text of the human-rated sets",
        .enabled(if: VaderFixtures.dataAvailable, "../shared/data/vader is absent"),
        arguments: VaderFixtures.dataSets)
    func dataSet(_ name: String) throws {
        let texts = try VaderFixtures.dataSetTexts(name)
        let expected = try VaderFixtures.expected(name)
        try #require(texts.count == expected.count, "fixture is stale: regenerate it")
        var mismatches: [Mismatch] = []
        for (item, row) in zip(texts, expected) {
            try #require(item.id == row.key, "fixture order differs at id \(item.id)")
            let actual = analyzer.scores(for: item.text)
            if VaderFixtures.atFourDecimals(actual) != VaderFixtures.atFourDecimals(row.scores) {
                mismatches.append(
                    Mismatch(
                        key: row.key, text: item.text, expected: row.scores, actual: actual.values))
            }
        }
        #expect(mismatches.isEmpty, Self.report(mismatches, of: texts.count))
        #expect(texts.count > 3_000)
    }

    @Test("Scores equal the reference on every hand-written edge case")
    func edgeCases() throws {
        let cases = try VaderFixtures.edgeCases()
        let expected = try VaderFixtures.expected("edge-cases")
        try #require(cases.count == expected.count, "fixture is stale: run generate.py")
        #expect(cases.count >= 300)
        var mismatches: [Mismatch] = []
        for (item, row) in zip(cases, expected) {
            try #require(
                String(item.line) == row.key && row.rest.first == item.written,
                "fixture is stale at line \(item.line): run generate.py")
            let actual = analyzer.scores(for: item.text)
            if VaderFixtures.atFourDecimals(actual) != VaderFixtures.atFourDecimals(row.scores) {
                mismatches.append(
                    Mismatch(
                        key: "line \(row.key)", text: item.text, expected: row.scores,
                        actual: actual.values))
            }
        }
        #expect(mismatches.isEmpty, Self.report(mismatches, of: cases.count))
    }

    @Test("The escapes of the edge-case file decode as generate.py decodes them")
    func unescape() {
        #expect(VaderFixtures.unescape("\\e").isEmpty)
        #expect(VaderFixtures.unescape("a\\tb\\sc") == "a\tb c")
        #expect(VaderFixtures.unescape("\\u{212A}ind") == "\u{212A}ind")
        #expect(VaderFixtures.unescape("back\\\\slash") == "back\\slash")
    }
}

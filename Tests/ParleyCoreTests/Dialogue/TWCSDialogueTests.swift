import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// Parley's corpus-level dialogue figures on the real TWCS excerpts against figures an
/// independent script computed (`Tests/Fixtures/dialogue/README.md`). Skips when the
/// shared data is absent.
@Suite struct TWCSDialogueTests {
    static let files = ["twcs-head", "twcs-sample-93"]

    /// `name value` lines of a fixture.
    private func expected(_ name: String) throws -> [String: Double] {
        let url = RepositoryPaths.root.appendingPathComponent(
            "Tests/Fixtures/dialogue/\(name)-dialogue.txt")
        var values: [String: Double] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
        }
        return values
    }

    @Test(arguments: files)
    func figuresMatchTheIndependentScript(_ name: String) throws {
        guard let path = sharedDataPath("twcs/\(name).csv") else { return }
        let corpus = try CorpusLoader.load([path], options: LoadOptions()).corpus
        let summary = DialogueSummary(DialogueAnalysis(corpus: corpus), corpus: corpus)
        let fixture = try expected(name)
        #expect(Double(summary.utterances) == fixture["utterances"])
        #expect(Double(summary.conversations) == fixture["conversations"])
        #expect(Double(summary.customerStarted) == fixture["customer_started"])
        #expect(Double(summary.count(.answered)) == fixture["answered"])
        #expect(Double(summary.count(.unanswered)) == fixture["unanswered"])
        let rate = try #require(summary.responseRate)
        let expectedRate = try #require(fixture["response_rate"])
        #expect(abs(rate - expectedRate) < 0.00005)  // the fixture has 4 decimals
        #expect(Double(summary.firstResponse.count) == fixture["first_response_timed"])
        #expect(summary.firstResponse.median == fixture["first_response_median_seconds"])
    }
}

import Foundation
import Testing

@testable import ParleyCore

/// Parity on every utterance of the sample corpora that ship with Parley, loaded the way the
/// shell loads them.
@Suite struct SampleCorpusParityTests {
    static let corpusFiles: [String] = {
        let directory = VaderFixtures.repositoryRoot.appendingPathComponent("corpora")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".csv") }.sorted()
    }()

    @Test("Every sample corpus has reference scores")
    func everyCorpusHasAFixture() {
        #expect(!Self.corpusFiles.isEmpty)
        for name in Self.corpusFiles {
            let fixture = VaderFixtures.fixtures.appendingPathComponent(
                "expected/corpus-\(name).tsv")
            #expect(FileManager.default.fileExists(atPath: fixture.path), "run generate.py")
        }
    }

    @Test(
        "Scores equal the reference on every utterance of the sample corpora",
        arguments: corpusFiles)
    func sampleCorpus(_ name: String) throws {
        let path = VaderFixtures.repositoryRoot.appendingPathComponent("corpora/\(name)").path
        let corpus = try CorpusLoader.load([path], options: LoadOptions()).corpus
        let expected = try VaderFixtures.expected("corpus-\(name)")
        try #require(corpus.utteranceCount == expected.count, "fixture is stale")
        let analyzer = SentimentAnalyzer()
        let column = try analyzer.scores(of: corpus)
        var mismatches: [VaderParityTests.Mismatch] = []
        for row in expected {
            let index = try #require(corpus.index(ofID: row.key), "no utterance \(row.key)")
            let actual = column[index]
            if VaderFixtures.atFourDecimals(actual) != VaderFixtures.atFourDecimals(row.scores) {
                mismatches.append(
                    .init(
                        key: row.key, text: corpus.text(of: index), expected: row.scores,
                        actual: actual.values))
            }
        }
        #expect(mismatches.isEmpty, VaderParityTests.report(mismatches, of: expected.count))
    }
}

import Synchronization
import Testing

@testable import ParleyCore

@Suite struct CorpusSentimentTests {
    static func corpus(_ texts: [String]) throws -> Corpus {
        var builder = CorpusBuilder()
        for (index, text) in texts.enumerated() {
            _ = builder.add(UtteranceRecord(id: "u\(index)", text: text))
        }
        return try builder.build()
    }

    static func texts(count: Int) throws -> [String] {
        let cases = try VaderFixtures.edgeCases().map(\.text)
        return (0..<count).map { cases[$0 % cases.count] + ($0 % 7 == 0 ? " :)" : "") }
    }

    @Test func columnHoldsEachUtterancesScoresExactly() throws {
        let texts = try Self.texts(count: 5_000)
        let corpus = try Self.corpus(texts)
        let analyzer = SentimentAnalyzer()
        let column = try analyzer.scores(of: corpus, workers: 2)
        #expect(column.count == texts.count)
        for (index, text) in texts.enumerated() {
            #expect(column[index] == analyzer.scores(for: text), "\(text)")
            #expect(column.compound(of: index) == column[index].compound)
        }
    }

    @Test func workerCountDoesNotChangeTheResult() throws {
        let corpus = try Self.corpus(try Self.texts(count: 9_000))
        let analyzer = SentimentAnalyzer()
        let one = try analyzer.scores(of: corpus, workers: 1)
        #expect(try analyzer.scores(of: corpus, workers: 2) == one)
        #expect(try analyzer.scores(of: corpus) == one)
    }

    @Test func cancellationStopsTheWork() throws {
        let corpus = try Self.corpus(try Self.texts(count: 10_000))
        let checks = Atomic<Int>(0)
        let cancellation = Cancellation { checks.add(1, ordering: .relaxed).newValue > 1 }
        #expect(throws: CancelledError.self) {
            _ = try SentimentAnalyzer().scores(of: corpus, workers: 1, cancellation: cancellation)
        }
    }

    @Test func progressReachesTheUtteranceCount() throws {
        let corpus = try Self.corpus(try Self.texts(count: 7_000))
        let highest = Atomic<Int>(0)
        _ = try SentimentAnalyzer().scores(of: corpus, workers: 2) { done in
            highest.max(done, ordering: .relaxed)
        }
        #expect(highest.load(ordering: .relaxed) == 7_000)
    }

    @Test func emptyCorpusGivesAnEmptyColumn() throws {
        #expect(try SentimentAnalyzer().scores(of: Corpus()).count == 0)
    }
}

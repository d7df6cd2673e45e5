import ParleyTestSupport
import Testing

@testable import ParleyCore

/// `count where X` + `count where not X` equals the total, for random X from the grammar.
/// Swift Testing has no property framework: a seeded generator writes the expressions.
@Suite struct QueryPropertyTests {
    /// A seeded `SplitMix64` that picks grammar productions.
    struct Generator {
        var random: SplitMix64

        init(state: UInt64) { random = SplitMix64(seed: state) }

        mutating func next() -> UInt64 { random.next() }

        mutating func pick<T>(_ choices: [T]) -> T {
            choices[Int(next() % UInt64(choices.count))]
        }
    }

    static let tests = [
        "role = customer", "role != organization", "is_root", "answered", "depth > 0",
        "depth <= 1", "replies >= 1", "replies in (0, 2)", "speaker = ann",
        "speaker in (bob, Brand)",
        "speaker ~ '^a'", "text contains order", "text contains 'my order'",
        "text ~ 'refund|parcel'",
        "text = 'Where is my parcel?'", "time > 2024-05-01", "time = null",
        "time < 2024-05-02T06:00",
        "meta.score > 6", "meta.score = null", "meta.channel = app", "meta.channel != null",
        "meta.score contains 12", "id > b", "conversation = d", "id in (a, e)",
    ]

    static func expression(_ generator: inout Generator, depth: Int) -> String {
        guard depth > 0, generator.next() % 3 != 0 else { return generator.pick(tests) }
        let left = expression(&generator, depth: depth - 1)
        let right = expression(&generator, depth: depth - 1)
        switch generator.next() % 4 {
        case 0: return "\(left) and \(right)"
        case 1: return "\(left) or \(right)"
        case 2: return "not (\(left))"
        default: return "(\(left)) and not (\(right))"
        }
    }

    @Test func anExpressionAndItsNegationSplitTheCorpus() throws {
        let corpus = try QueryFixtures.corpus()
        var generator = Generator(state: 20_080_101)
        for _ in 0..<500 {
            let text = Self.expression(&generator, depth: 4)
            let positive = try QueryPredicate(QueryParser.parse(text), in: corpus)
            let negative = try QueryPredicate(QueryParser.parse("not (\(text))"), in: corpus)
            #expect(positive.count() + negative.count() == corpus.utteranceCount, "\(text)")
            for index in corpus.utteranceIndices {
                #expect(positive.matches(index) != negative.matches(index), "\(text)")
            }
        }
    }

    @Test func theGeneratorReachesBothOutcomes() throws {
        // A property that always held trivially (everything false) would prove nothing.
        let corpus = try QueryFixtures.corpus()
        var generator = Generator(state: 7)
        var counts = Set<Int>()
        for _ in 0..<200 {
            let text = Self.expression(&generator, depth: 3)
            counts.insert(try QueryPredicate(QueryParser.parse(text), in: corpus).count())
        }
        #expect(counts.contains(0))
        #expect(counts.count >= 4)
    }
}

import ParleyCore
import ParleyTestSupport
import Testing

/// Shapes that break recursive traversals: very deep chains, very wide stars and a cycle as
/// long as the corpus. Each would overflow the stack if any step recursed per level.
@Suite struct ReplyForestScaleTests {
    static let size = 100_000

    @Test func chainOneHundredThousandDeep() throws {
        let corpus = try TestCorpora.chain(depth: Self.size)
        let forest = corpus.forest
        let last = Self.size - 1
        #expect(corpus.utteranceCount == Self.size)
        #expect(forest.roots == [0])
        #expect(forest.depth(of: last) == 99_999)
        #expect(forest.root(of: last) == 0)
        #expect(forest.parent(of: last) == last - 1)
        let order = forest.preorder(from: 0)
        #expect(order.count == 100_000)
        #expect(order.last?.index == last)
        #expect(order.last?.depth == 99_999)
        #expect(order.map(\.index) == Array(0..<Self.size))
        #expect(corpus.conversationSummaries().map(\.maxDepth) == [99_999])
        #expect(corpus.conversation(0).maxDepth == 99_999)
        #expect(corpus.utterance(last).depth == 99_999)
    }

    @Test func starOneHundredThousandWide() throws {
        let corpus = try TestCorpora.star(width: Self.size)
        let forest = corpus.forest
        #expect(corpus.utteranceCount == Self.size + 1)
        #expect(forest.children(of: 0).count == Self.size)
        #expect(forest.children(of: 0).map(Int.init) == Array(1...Self.size))
        #expect((1...Self.size).allSatisfy { forest.depth(of: $0) == 1 })
        let order = forest.preorder(from: 0)
        #expect(order.map(\.index) == Array(0...Self.size))
        let summary = corpus.conversationSummaries()
        #expect(summary.map(\.utteranceCount) == [Self.size + 1])
        #expect(summary.map(\.speakerCount) == [Self.size + 1])
        #expect(corpus.utterance(0).replyCount == Self.size)
    }

    @Test func cycleOneHundredThousandLong() throws {
        // u0 replies to the last utterance, and every other utterance to the one before it.
        let records = (0..<Self.size).map { position in
            TestCorpora.Record(
                TestCorpora.id(position),
                parent: TestCorpora.id(position == 0 ? Self.size - 1 : position - 1))
        }
        let corpus = try TestCorpora.make(records)
        let forest = corpus.forest
        #expect(forest.brokenCycles.count == 1)
        #expect(forest.brokenCycles.first?.brokenAt == 0)
        #expect(forest.brokenCycles.first?.members.count == Self.size)
        #expect(forest.roots == [0])
        #expect(forest.depth(of: Self.size - 1) == Self.size - 1)
        #expect(forest.preorder(from: 0).count == Self.size)
    }
}

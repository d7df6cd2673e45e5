import ParleyCore
import ParleyTestSupport
import Testing

/// Reply cycles: every member is kept, the cycle is broken at its earliest member in input
/// order, and the break is reported. ConvoKit's recursive traversal drops such utterances.
@Suite struct ReplyCycleTests {
    private func corpus(_ links: [(String, String?)]) throws -> Corpus {
        try ReplyForestTests.corpus(links)
    }

    @Test func selfReplyIsACycleOfOne() throws {
        let corpus = try corpus([("a", "a"), ("b", "a")])
        let forest = corpus.forest
        #expect(forest.brokenCycles.map(\.members) == [[0]])
        #expect(forest.brokenCycles.first?.brokenAt == 0)
        #expect(forest.roots == [0])
        #expect(forest.parent(of: 0) == nil)
        #expect(forest.depth(of: 1) == 1)
        #expect(forest.orphans.isEmpty, "a self-reply names an existing utterance")
    }

    @Test func twoUtteranceCycleKeepsBothAndBreaksAtTheEarliest() throws {
        let corpus = try corpus([("a", "b"), ("b", "a")])
        let forest = corpus.forest
        #expect(corpus.utteranceCount == 2)
        #expect(forest.brokenCycles.map(\.members) == [[0, 1]])
        #expect(forest.brokenCycles.first?.brokenAt == 0)
        #expect(forest.roots == [0])
        #expect(forest.parent(of: 1) == 0)
        #expect(forest.depth(of: 1) == 1)
        #expect(forest.preorder(from: 0).map(\.index) == [0, 1])
        #expect(corpus.conversationSummaries().map(\.utteranceCount) == [2])
    }

    @Test func cycleIsBrokenAtTheEarliestMemberWhereverTheWalkEntersIt() throws {
        // The walk from "x" enters the cycle at "b", which comes after "a" in the input.
        let corpus = try corpus([("x", "b"), ("a", "b"), ("b", "a")])
        let forest = corpus.forest
        #expect(forest.brokenCycles.map(\.members) == [[1, 2]])
        #expect(forest.brokenCycles.first?.brokenAt == 1)
        #expect(forest.roots == [1])
        #expect((0..<3).map(forest.depth) == [2, 0, 1])
        #expect((0..<3).map(forest.parent) == [2, nil, 1])
    }

    @Test func cycleWithATailKeepsTheTailBelowTheBreak() throws {
        let corpus = try corpus([("t", "a"), ("a", "b"), ("b", "a"), ("u", "t")])
        let forest = corpus.forest
        #expect(forest.brokenCycles.map(\.members) == [[1, 2]])
        #expect(forest.roots == [1])
        #expect((0..<4).map(forest.depth) == [1, 0, 1, 2])
        #expect(forest.children(of: 1).map(Int.init) == [0, 2], "children in input order")
        #expect(forest.preorder(from: 1).map(\.index) == [1, 0, 3, 2])
    }

    @Test func membersFollowReplyLinksFromTheBreak() throws {
        // a -> c -> b -> a: following reply links from "a" visits a, c, b.
        let corpus = try corpus([("a", "c"), ("b", "a"), ("c", "b")])
        let forest = corpus.forest
        #expect(forest.brokenCycles.map(\.members) == [[0, 2, 1]])
        #expect((0..<3).map(forest.depth) == [0, 1, 2])
    }

    @Test func severalCyclesAreEachBrokenOnceInInputOrder() throws {
        let corpus = try corpus([
            ("root", nil), ("p", "q"), ("q", "p"), ("s", "s"), ("k", "root"),
            ("x", "z"), ("y", "x"), ("z", "y"), ("tail", "y"),
        ])
        let forest = corpus.forest
        #expect(forest.brokenCycles.map(\.members) == [[1, 2], [3], [5, 7, 6]])
        #expect(forest.brokenCycles.map(\.brokenAt) == [1, 3, 5])
        #expect(forest.roots == [0, 1, 3, 5])
        #expect(corpus.conversationSummaries().map(\.utteranceCount) == [2, 2, 1, 4])
        #expect(forest.depth(of: 8) == 2)
        #expect(forest.orphans.isEmpty)
    }

    @Test func cycleAlongsideAnOrphan() throws {
        let corpus = try corpus([("o", "missing"), ("a", "b"), ("b", "a")])
        #expect(corpus.forest.orphans == [0])
        #expect(corpus.forest.brokenCycles.map(\.members) == [[1, 2]])
        #expect(corpus.forest.roots == [0, 1])
    }
}

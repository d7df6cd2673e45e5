import ParleyCore
import ParleyTestSupport
import Testing

/// The reply forest as the builder resolves it: structure, orphans and input order.
@Suite struct ReplyForestTests {
    /// A corpus where only the reply structure matters: `(id, parent)` pairs.
    static func corpus(_ links: [(String, String?)]) throws -> Corpus {
        try TestCorpora.make(links.map { TestCorpora.Record($0.0, parent: $0.1) })
    }

    static func ids(_ corpus: Corpus, _ indices: some Sequence<Int>) -> [String] {
        indices.map { corpus.id(of: $0) }
    }

    @Test func rootsAndConversationsFollowInputOrder() throws {
        let corpus = try Self.corpus([
            ("r2", nil), ("x", "r1"), ("r1", nil), ("y", "r2"), ("r3", nil),
        ])
        let forest = corpus.forest
        #expect(Self.ids(corpus, forest.roots) == ["r2", "r1", "r3"])
        #expect(corpus.conversationCount == 3)
        #expect(corpus.conversationSummaries().map(\.id) == ["r2", "r1", "r3"])
        #expect(corpus.utteranceIndices.map(forest.conversation) == [0, 1, 1, 0, 2])
        #expect(
            Self.ids(corpus, corpus.utteranceIndices.map(forest.root)) == [
                "r2", "r1", "r1", "r2", "r3",
            ])
    }

    @Test func childrenAreInInputOrderNotIDOrder() throws {
        let corpus = try Self.corpus([("p", nil), ("z", "p"), ("q", nil), ("a", "p"), ("m", "p")])
        let children = corpus.forest.children(of: 0).map(Int.init)
        #expect(Self.ids(corpus, children) == ["z", "a", "m"])
        #expect(corpus.forest.children(of: 2).isEmpty)
        #expect(corpus.forest.children(of: 1).isEmpty)
    }

    @Test func depthRootAndConversationOfEveryUtterance() throws {
        let corpus = try Self.corpus([
            ("a", nil), ("b", "a"), ("c", "b"), ("d", "c"), ("e", "a"), ("f", nil), ("g", "f"),
        ])
        let forest = corpus.forest
        #expect(corpus.utteranceIndices.map(forest.depth) == [0, 1, 2, 3, 1, 0, 1])
        #expect(corpus.utteranceIndices.map(forest.root) == [0, 0, 0, 0, 0, 5, 5])
        #expect(corpus.utteranceIndices.map(forest.conversation) == [0, 0, 0, 0, 0, 1, 1])
        #expect(corpus.utteranceIndices.map(forest.parent) == [nil, 0, 1, 2, 0, nil, 5])
        #expect(forest.count == 7)
    }

    @Test func replyListedBeforeItsParentStillAttaches() throws {
        let corpus = try Self.corpus([("c", "b"), ("b", "a"), ("a", nil)])
        #expect(corpus.forest.roots == [2])
        #expect(corpus.utteranceIndices.map(corpus.forest.depth) == [2, 1, 0])
        #expect(corpus.forest.orphans.isEmpty)
        // The link is resolved in place at build; it still names the parent's id.
        #expect(corpus.replyTo(of: 0) == "b")
        #expect(corpus.utterance(1).replyTo == "a")
    }

    /// Depths are kept a byte each until a thread is deeper (see ``ReplyForest``).
    @Test func depthsStayExactPastOneAndTwoBytes() throws {
        let corpus = try TestCorpora.chain(depth: 70_000)
        for index in [0, 1, 255, 256, 65_535, 65_536, 69_999] {
            #expect(corpus.forest.depth(of: index) == index)
        }
        #expect(corpus.conversationSummaries().first?.maxDepth == 69_999)
    }

    @Test func replyToAMissingIDBecomesACountedOrphanRoot() throws {
        let corpus = try Self.corpus([
            ("a", nil), ("b", "gone"), ("c", "b"), ("d", "a"), ("e", "also-gone"),
        ])
        let forest = corpus.forest
        #expect(forest.orphans == [1, 4])
        #expect(forest.roots == [0, 1, 4])
        #expect(forest.parent(of: 1) == nil)
        #expect(forest.depth(of: 1) == 0)
        #expect(forest.depth(of: 2) == 1)
        #expect(forest.root(of: 2) == 1)
        #expect(corpus.replyTo(of: 1) == "gone", "the reply-to id is kept as the data gave it")
        #expect(forest.brokenCycles.isEmpty)
    }

    @Test func emptyReplyToMeansNoParent() throws {
        let corpus = try Self.corpus([("a", nil), ("b", "")])
        #expect(corpus.forest.roots == [0, 1])
        #expect(corpus.forest.orphans.isEmpty)
        #expect(corpus.replyTo(of: 1) == nil)
    }

    @Test func preorderIsDepthFirstWithChildrenInInputOrder() throws {
        let corpus = try Self.corpus([
            ("a", nil), ("b", "a"), ("c", "b"), ("d", "a"), ("e", "c"), ("f", "b"), ("x", nil),
        ])
        let order = corpus.forest.preorder(from: 0)
        #expect(Self.ids(corpus, order.map(\.index)) == ["a", "b", "c", "e", "f", "d"])
        #expect(order.map(\.depth) == [0, 1, 2, 3, 2, 1])
        let fromB = corpus.forest.preorder(from: 1)
        #expect(Self.ids(corpus, fromB.map(\.index)) == ["b", "c", "e", "f"])
        #expect(fromB.map(\.depth) == [0, 1, 2, 1], "depths are relative to the start")
        #expect(corpus.forest.preorder(from: 6).map(\.index) == [6])
    }

    @Test func emptyCorpusHasAnEmptyForest() throws {
        let corpus = try TestCorpora.make([TestCorpora.Record]())
        #expect(corpus.forest.count == 0)
        #expect(corpus.forest.roots.isEmpty)
        #expect(corpus.conversationSummaries().isEmpty)
        #expect(ReplyForest() == corpus.forest)
    }

    @Test func forestFromResolvedParentsDirectly() throws {
        let forest = try ReplyForest(parents: [-1, 0, 0, -1, 3], orphans: [3])
        #expect(forest.roots == [0, 3])
        #expect(forest.orphans == [3])
        #expect(forest.children(of: 0).map(Int.init) == [1, 2])
        #expect((0..<5).map(forest.depth) == [0, 1, 1, 0, 1])
    }

    /// Parents that all come before their replies take a one-pass route to depths and
    /// conversations; any other order the breadth-first one. Both must give what walking
    /// up the parents gives, conversations numbered by their roots' order.
    @Test func depthsAndConversationsMatchAWalkUpInEitherOrder() throws {
        var random = SplitMix64(seed: 42)
        for round in 0..<50 {
            let count = Int.random(in: 1...300, using: &random)
            var backwards = [Int32](repeating: -1, count: count)
            for index in 1..<max(1, count) where Bool.random(using: &random) {
                backwards[index] = Int32(Int.random(in: 0..<index, using: &random))
            }
            // The same forest listed in reverse: every reply before its parent.
            let reversed = backwards.reversed().map { $0 < 0 ? $0 : Int32(count - 1) - $0 }
            for parents in [backwards, reversed] {
                let forest = try ReplyForest(parents: parents, orphans: [])
                let roots = (0..<count).filter { parents[$0] < 0 }
                for index in 0..<count {
                    var (node, depth) = (index, 0)
                    while parents[node] >= 0 { (node, depth) = (Int(parents[node]), depth + 1) }
                    #expect(forest.depth(of: index) == depth, "round \(round)")
                    #expect(forest.conversation(of: index) == roots.firstIndex(of: node))
                }
                #expect(forest.roots == roots)
                #expect(forest.brokenCycles.isEmpty)
            }
        }
    }
}

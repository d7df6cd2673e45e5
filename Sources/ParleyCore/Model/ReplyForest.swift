/// The reply structure of a corpus: who replies to whom, resolved into a forest.
///
/// Reply links come from strangers, so everything here is iterative and cycle-safe
/// (STYLE.md, principle 15): a chain 100,000 replies deep costs no stack, and a cycle is
/// found, broken and reported instead of looping or silently dropping utterances, which is
/// what a recursive traversal such as ConvoKit's does.
public struct ReplyForest: Sendable, Equatable {
    /// A reply cycle that was found in the data and how it was broken.
    public struct BrokenCycle: Sendable, Equatable {
        /// The utterances on the cycle, starting with the one whose reply link was removed
        /// and following reply links from there.
        public var members: [Int]
        /// The member that appears first in the input. Its reply link is removed and it
        /// becomes the root of a conversation: the earliest record is the likeliest start.
        public var brokenAt: Int { members[0] }
    }

    /// Parent of each utterance after orphans and cycles are resolved; negative for a
    /// root. The corpus's resolved reply links are used as they are (an orphan's link is
    /// negative too), so the two share one array unless a cycle had to be broken.
    private(set) var parents: [Int32]
    /// Children of utterance `u` are `childList[childStarts[u]..<childStarts[u + 1]]`, in
    /// input order.
    private var childStarts: MonotoneOffsets
    private var childList: [Int32]
    /// A byte an utterance while threads are under 256 deep.
    private(set) var depths: NarrowIntegers
    private(set) var conversationOf: [Int32]
    /// Conversation roots in input order; conversation `c` is rooted at `roots[c]`.
    public private(set) var roots: [Int]
    /// Utterances whose reply-to id named no utterance in the corpus; each became a root.
    public private(set) var orphans: [Int]
    public private(set) var brokenCycles: [BrokenCycle]

    /// An empty forest.
    public init() {
        parents = []
        childStarts = MonotoneOffsets()
        childStarts.append(0)
        childList = []
        depths = NarrowIntegers()
        conversationOf = []
        roots = []
        orphans = []
        brokenCycles = []
    }

    /// Builds the forest from resolved parent links (negative where an utterance has no
    /// parent in the corpus). `orphans` lists the utterances whose named parent was missing.
    public init(
        parents resolvedParents: [Int32], orphans: [Int], cancellation: Cancellation = .never
    ) throws {
        var parents = resolvedParents
        let count = parents.count
        // Data in time order replies only to what came before: then no chain can loop, and
        // depths and conversations follow in one pass in input order, without the cycle
        // walk's and the breadth-first queue's arrays (12 bytes an utterance, for a time).
        let repliesOnlyBackwards = parents.indices.allSatisfy { parents[$0] < $0 }
        var roots: [Int] = []
        if repliesOnlyBackwards {
            // The child lists and the depths both read only the parents: side by side.
            let fixed = parents
            let ((starts, list), walked) = concurrently(
                { Self.childLists(of: fixed) },
                {
                    Result { () throws(CancelledError) in
                        try Self.depthsAndConversations(
                            parentsBeforeChildren: fixed, cancellation: cancellation)
                    }
                })
            (childStarts, childList) = (starts, list)
            (depths, conversationOf) = try walked.get()
            brokenCycles = []
            roots = Self.roots(of: parents, replyCount: list.count)
        } else {
            brokenCycles = try Self.breakCycles(in: &parents, cancellation: cancellation)
            (childStarts, childList) = Self.childLists(of: parents)
            roots = Self.roots(of: parents, replyCount: childList.count)
            (depths, conversationOf) = Self.depthsAndConversations(
                roots: roots, count: count, childStarts: childStarts, childList: childList)
        }
        self.parents = parents
        self.orphans = orphans
        self.roots = roots
    }

    private static func roots(of parents: [Int32], replyCount: Int) -> [Int] {
        var roots: [Int] = []
        roots.reserveCapacity(parents.count - replyCount)
        for index in parents.indices where parents[index] < 0 { roots.append(index) }
        return roots
    }

    public var count: Int { parents.count }

    /// Bytes held but for the parents (the corpus's reply links), for memory accounting.
    var byteCountBesideParents: Int {
        childStarts.byteCount + childList.count * 4 + depths.byteCount + conversationOf.count * 4
            + roots.count * 8 + orphans.count * 8
    }

    public func parent(of index: Int) -> Int? {
        let parent = parents[index]
        return parent < 0 ? nil : Int(parent)
    }

    public func children(of index: Int) -> ArraySlice<Int32> {
        childList[childStarts[index]..<childStarts[index + 1]]
    }

    /// Calls `body` with the parents and the child lists through pointers: the children
    /// of `u` are `list[starts[u]..<starts[u + 1]]`. For loops over many utterances on
    /// several threads, where each ``children(of:)`` slice would retain and release the
    /// list's storage, a count the threads would fight over.
    func withUnsafeLinks<Result>(
        _ body: (
            _ parents: UnsafeBufferPointer<Int32>, _ starts: MonotoneOffsets.UnsafeView,
            _ list: UnsafeBufferPointer<Int32>
        ) -> Result
    ) -> Result {
        parents.withUnsafeBufferPointer { parents in
            childStarts.withUnsafeView { starts in
                childList.withUnsafeBufferPointer { list in body(parents, starts, list) }
            }
        }
    }

    public func depth(of index: Int) -> Int { depths[index] }

    public func conversation(of index: Int) -> Int { Int(conversationOf[index]) }

    public func root(of index: Int) -> Int { roots[conversation(of: index)] }

    /// The utterances below `root` (itself included) in depth-first order, children in
    /// input order, each with its depth relative to `root`. Iterative: any depth is fine.
    public func preorder(from root: Int) -> [(index: Int, depth: Int)] {
        var result: [(index: Int, depth: Int)] = []
        var stack: [(index: Int, depth: Int)] = [(root, 0)]
        while let (index, depth) = stack.popLast() {
            result.append((index, depth))
            for child in children(of: index).reversed() {
                stack.append((Int(child), depth + 1))
            }
        }
        return result
    }

    /// Finds every cycle of reply links and removes one link from each, walking each
    /// chain once: linear in the number of utterances, no recursion.
    private static func breakCycles(
        in parents: inout [Int32], cancellation: Cancellation
    ) throws -> [BrokenCycle] {
        let finished: Int32 = -1
        var walkOf = [Int32](repeating: 0, count: parents.count)
        var positionOnPath = [Int32](repeating: 0, count: parents.count)
        var path: [Int32] = []
        var walk: Int32 = 0
        var cycles: [BrokenCycle] = []
        for start in parents.indices where walkOf[start] == 0 {
            if start & 0xFFFF == 0, cancellation.isCancelled { throw CancelledError() }
            walk += 1
            path.removeAll(keepingCapacity: true)
            var node = Int32(start)
            while true {
                let state = walkOf[Int(node)]
                if state == finished { break }
                if state == walk {
                    let members = path[Int(positionOnPath[Int(node)])...].map(Int.init)
                    cycles.append(cycle(startingAtEarliestOf: members))
                    parents[cycles[cycles.count - 1].brokenAt] = -1
                    break
                }
                walkOf[Int(node)] = walk
                positionOnPath[Int(node)] = Int32(path.count)
                path.append(node)
                let parent = parents[Int(node)]
                if parent < 0 { break }
                node = parent
            }
            for node in path { walkOf[Int(node)] = finished }
        }
        return cycles
    }

    /// Rotates a cycle, given in reply-link order, to start at its earliest member.
    private static func cycle(startingAtEarliestOf members: [Int]) -> BrokenCycle {
        let earliest = members.indices.min { members[$0] < members[$1] } ?? 0
        return BrokenCycle(members: Array(members[earliest...] + members[..<earliest]))
    }

    /// Children lists by a stable counting sort on the parent: input order is kept. The
    /// counts and the fill cursors share one array of a byte an utterance (while no one
    /// has 256 replies) instead of two of four.
    private static func childLists(
        of parents: [Int32]
    ) -> (starts: MonotoneOffsets, list: [Int32]) {
        var counts = NarrowIntegers(zeros: parents.count)
        var childCount = 0
        for parent in parents where parent >= 0 {
            counts.set(Int(parent), to: counts[Int(parent)] + 1)
            childCount += 1
        }
        var starts = MonotoneOffsets()
        starts.reserveCapacity(parents.count + 1)
        var total = 0
        for index in parents.indices {
            starts.append(total)
            total += counts[index]
        }
        starts.append(total)
        counts = NarrowIntegers(zeros: parents.count)
        var list = [Int32](repeating: 0, count: childCount)
        for (child, parent) in parents.enumerated() where parent >= 0 {
            let filled = counts[Int(parent)]
            list[starts[Int(parent)] + filled] = Int32(child)
            counts.set(Int(parent), to: filled + 1)
        }
        return (starts, list)
    }

    /// The depth and conversation of each utterance, when every parent comes before its
    /// replies: the same numbers as the breadth-first walk (conversations numbered by their
    /// roots' order), in one pass.
    private static func depthsAndConversations(
        parentsBeforeChildren parents: [Int32], cancellation: Cancellation
    ) throws(CancelledError) -> (depths: NarrowIntegers, conversations: [Int32]) {
        var depths = NarrowIntegers(zeros: parents.count)
        var conversations = [Int32](repeating: 0, count: parents.count)
        var nextConversation: Int32 = 0
        for (index, parent) in parents.enumerated() {
            // As often as the cycle walk that this pass replaces looks.
            if index & 0xFFFF == 0, cancellation.isCancelled { throw CancelledError() }
            if parent < 0 {
                conversations[index] = nextConversation
                nextConversation += 1
            } else {
                depths.set(index, to: depths[Int(parent)] + 1)
                conversations[index] = conversations[Int(parent)]
            }
        }
        return (depths, conversations)
    }

    /// Breadth-first from every root: the depth and conversation of each utterance.
    private static func depthsAndConversations(
        roots: [Int], count: Int, childStarts: MonotoneOffsets, childList: [Int32]
    ) -> (depths: NarrowIntegers, conversations: [Int32]) {
        var depths = NarrowIntegers(zeros: count)
        var conversations = [Int32](repeating: 0, count: count)
        var queue = [Int32]()
        queue.reserveCapacity(count)
        for (conversation, root) in roots.enumerated() {
            conversations[root] = Int32(conversation)
            queue.append(Int32(root))
        }
        var head = 0
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            for slot in childStarts[node]..<childStarts[node + 1] {
                let child = Int(childList[slot])
                depths.set(child, to: depths[node] + 1)
                conversations[child] = conversations[node]
                queue.append(Int32(child))
            }
        }
        return (depths, conversations)
    }
}

/// Branch drawing for a reply tree given as depths in depth-first order.
///
/// A caller can rely on: linear time and memory in the number of rows whatever the
/// depths (no recursion; a chain 100,000 replies deep is fine); prefixes of at most
/// `maxDrawnDepth` levels, deeper rows getting that many levels then a depth marker;
/// inconsistent depths (negative, or jumping down by more than one level) are drawn as
/// if clamped into a tree, and never crash.
struct TreeDrawing {
    /// Levels of indentation drawn before the rest of a deep row is marked instead.
    static let maxDrawnDepth = 24

    /// `depths[row]`: the depth given, clamped to `0...row`; shown in depth markers.
    let depths: [Int]
    /// The depths the branches are drawn from: each at most one below the row before.
    let drawnDepths: [Int]
    /// Whether a row has a sibling further down, i.e. its branch continues below it.
    let hasLaterSibling: [Bool]

    init(depths given: [Int], rowCount: Int) {
        var depths = [Int]()
        depths.reserveCapacity(rowCount)
        var drawn = [Int]()  // each depth capped at the previous row's depth plus one
        drawn.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            let depth = row < given.count ? min(max(given[row], 0), row) : 0
            depths.append(depth)
            drawn.append(row == 0 ? 0 : min(depth, drawn[row - 1] + 1))
        }
        self.depths = depths
        self.drawnDepths = drawn
        self.hasLaterSibling = Self.laterSiblings(drawn)
    }

    /// One backward pass: `open[d]` says a row at depth `d` lies below with no shallower
    /// row in between. Each level is pushed once per climb of the forward sequence, which
    /// climbs at most one level per row, so the pass is O(rows).
    private static func laterSiblings(_ depths: [Int]) -> [Bool] {
        var result = [Bool](repeating: false, count: depths.count)
        var open = [Bool]()
        for row in depths.indices.reversed() {
            let depth = depths[row]
            if depth < open.count {
                result[row] = open[depth]
                open.removeSubrange((depth + 1)...)
                open[depth] = true
            } else {
                open.append(contentsOf: repeatElement(false, count: depth - open.count))
                open.append(true)
            }
        }
        return result
    }

    /// Walks the rows in order and hands out each row's prefix.
    struct Walker {
        private let drawing: TreeDrawing
        /// `continues[level]`: the current ancestor at that level has a later sibling.
        private var continues = [Bool](repeating: false, count: TreeDrawing.maxDrawnDepth + 1)

        init(_ drawing: TreeDrawing) { self.drawing = drawing }

        /// Box-drawing prefix for `row` (rows must be visited in order): `│  ` or three
        /// spaces per ancestor level, then `├─ ` or `└─ `, or `┄[depth N] ` past the cap.
        mutating func boxPrefix(_ row: Int) -> String {
            let depth = drawing.drawnDepths[row]
            guard depth > 0 else { return "" }
            let levels = min(depth, TreeDrawing.maxDrawnDepth)
            if depth <= TreeDrawing.maxDrawnDepth {
                continues[depth] = drawing.hasLaterSibling[row]
            }
            var prefix = ""
            for level in 1..<levels { prefix += continues[level] ? "│  " : "   " }
            if depth <= TreeDrawing.maxDrawnDepth {
                return prefix + (drawing.hasLaterSibling[row] ? "├─ " : "└─ ")
            }
            prefix += continues[levels] ? "│  " : "   "
            return prefix + "┄[depth \(drawing.depths[row])] "
        }

        /// Plain-mode prefix: two spaces per level up to the cap, then `[depth N] `.
        func indentPrefix(_ row: Int) -> String {
            let depth = drawing.depths[row]
            let indent = String(repeating: "  ", count: min(depth, TreeDrawing.maxDrawnDepth))
            return depth > TreeDrawing.maxDrawnDepth ? indent + "[depth \(depth)] " : indent
        }
    }
}

/// Column widths for table mode: natural widths, then the `.text` columns shrunk so the
/// whole line fits the terminal.
///
/// A caller can rely on: columns that are not shrinkable keep their natural width;
/// shrinkable columns are capped at one common width (the widest shrink first), never
/// below `minimumShrunkWidth` unless they are narrower to begin with; columns left free
/// by the cap are handed back left to right; when even the minimum does not fit, the line
/// is wider than `available` rather than losing columns.
struct TableLayout: Equatable {
    /// Columns between two cells.
    static let separator = "  "
    /// A text column shrunk below this many columns stops being readable.
    static let minimumShrunkWidth = 8

    var widths: [Int]

    init(natural: [Int], shrinkable: [Bool], available: Int) {
        let separators = max(natural.count - 1, 0) * Self.separator.count
        let fixed = zip(natural, shrinkable).reduce(separators) { $0 + ($1.1 ? 0 : $1.0) }
        let flexible = zip(natural, shrinkable).filter(\.1).map(\.0)
        let budget = available - fixed
        guard flexible.reduce(0, +) > budget else {
            widths = natural
            return
        }
        let cap = Self.cap(flexible, budget: budget)
        var leftover = budget - flexible.reduce(0) { $0 + min($1, cap) }
        widths = zip(natural, shrinkable).map { width, canShrink in
            guard canShrink, width > cap else { return width }
            guard leftover > 0 else { return cap }
            let extra = min(leftover, width - cap)
            leftover -= extra
            return cap + extra
        }
    }

    /// The largest common cap at or above the minimum with which the flexible columns fit
    /// `budget`; the minimum itself when nothing fits.
    private static func cap(_ flexible: [Int], budget: Int) -> Int {
        var low = minimumShrunkWidth
        var high = flexible.max() ?? minimumShrunkWidth
        guard low < high else { return low }
        while low < high {
            let middle = (low + high + 1) / 2
            let total = flexible.reduce(0) { $0 + min($1, middle) }
            if total <= budget { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// Bars for charts inside tables, drawn with block characters in eighths of a cell.
///
/// A caller can rely on: a fraction of 1 (or more) gives ``width`` full blocks; 0, a
/// negative or a non-finite fraction gives the empty string; any positive fraction gives
/// at least the thinnest block, so a small group is still seen; no trailing spaces.
enum BarDrawing {
    /// Cells in a full bar.
    static let width = 20
    /// Eighths of a cell, thinnest first (U+258F … U+2589), then the full block.
    private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let full: Character = "█"
    private static let eighthsPerCell = 8

    static func text(_ fraction: Double) -> String {
        guard fraction.isFinite, fraction > 0 else { return "" }
        let eighths = max(1, Int((min(fraction, 1) * Double(width * eighthsPerCell)).rounded()))
        var bar = String(repeating: full, count: eighths / eighthsPerCell)
        let rest = eighths % eighthsPerCell
        if rest > 0 { bar.append(partials[rest - 1]) }
        return bar
    }
}

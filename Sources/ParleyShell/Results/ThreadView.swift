/// A reply tree in depth-first order: a table whose rows carry their depth below the
/// root, so the table renderer can draw branches and the JSON renderers can give each
/// row a `depth` field instead of nesting (a nested object 100,000 levels deep breaks
/// most JSON parsers).
public struct ThreadView: Sendable {
    public var table: Table
    /// `depths[row]` is the row's depth below the first row (which has depth 0).
    public var depths: [Int]
    /// Name of the column drawn at the end of each line without truncation when `true`.
    public var showsFullText: Bool

    public init(table: Table, depths: [Int], showsFullText: Bool) {
        self.table = table
        self.depths = depths
        self.showsFullText = showsFullText
    }
}

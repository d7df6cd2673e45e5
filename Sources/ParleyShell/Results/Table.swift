/// Rows of values under named columns, produced on demand so that streaming modes
/// (`jsonl`, `csv`) never hold a million rows at once.
public struct Table: Sendable {
    public struct Column: Sendable, Equatable {
        public enum Alignment: Sendable, Equatable { case left, right }

        /// The column's name, also the field name in JSON (documented in the README).
        public var name: String
        public var alignment: Alignment

        public init(_ name: String, alignment: Alignment = .left) {
            self.name = name
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rowCount: Int
    public var row: @Sendable (Int) -> [Value]

    public init(columns: [Column], rowCount: Int, row: @escaping @Sendable (Int) -> [Value]) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
    }

    /// A table over rows already in memory.
    public init(columns: [Column], rows: [[Value]]) {
        self.init(columns: columns, rowCount: rows.count) { rows[$0] }
    }

    public func rowRecord(_ index: Int) -> Record {
        Record(zip(columns, row(index)).map { Record.Field($0.name, $1) })
    }
}

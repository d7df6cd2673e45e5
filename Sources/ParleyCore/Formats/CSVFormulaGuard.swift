/// Undoes the CSV formula guard when reading: a cell written as `'=SUM(A1)` (the `'`
/// that spreadsheets and Parley's export put before `= + - @`, tab or CR so the cell is
/// not run as a formula) reads as `=SUM(A1)`.
///
/// Parley's export also puts a `'` before text that starts with `'` followed by one of
/// those characters or by another `'`, so every text survives export then load unchanged;
/// a foreign cell loses such a leading `'` too, which is what a spreadsheet shows for it.
public enum CSVFormulaGuard {
    static let marker = UInt8(ascii: "'")
    /// The first bytes the guard protects (those of the output layer's CSV guard), and the
    /// marker itself.
    static let guardedFirstBytes: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
        marker,
    ]

    /// `range` without a guarding `'`.
    static func unguarded(_ range: Range<Int>, in arena: [UInt8]) -> Range<Int> {
        guard range.count >= 2, arena[range.lowerBound] == marker,
            guardedFirstBytes.contains(arena[range.lowerBound + 1])
        else { return range }
        return (range.lowerBound + 1)..<range.upperBound
    }

    /// Whether a writer must put a `'` before `text` for ``unguarded(_:in:)`` to give
    /// `text` back (beyond what the formula guard itself adds).
    public static func needsMarker(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard bytes.next() == marker, let second = bytes.next() else { return false }
        return guardedFirstBytes.contains(second)
    }
}

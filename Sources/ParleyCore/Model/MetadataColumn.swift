/// The values of one metadata key, for the utterances that have it, in utterance order.
///
/// Values are dictionary-encoded while they repeat (TWCS's `inbound`, a subreddit, a
/// score): each distinct value is stored once and a row holds its code, one byte while
/// there are under 256 of them (``NarrowIntegers``). A key with many distinct values (a
/// list of reply ids, Reddit's `link_id`) switches to plain storage, a value a row: such a
/// dictionary outgrows the caches, and looking each value up in it made reopening a 1M
/// Reddit workspace 14% slower for 9 MB saved. A column's values almost always share one
/// kind, kept once; a column whose kinds differ is stored plain with a kind a row, so
/// equal texts of different kinds stay different.
///
/// Rows are held as a range while every utterance from the first has the key, and as a
/// sorted list once one does not; the list costs four bytes a value, the range nothing.
struct MetadataColumn: Sendable {
    typealias Kind = MetadataValue.Kind

    /// How the values are kept: a column's first value is stored as it is (a key that
    /// never repeats, as in a hostile file, costs no dictionary), its second starts the
    /// dictionary, and many distinct values or mixed kinds end it.
    enum Encoding { case single, dictionary, plain }
    private(set) var encoding = Encoding.single

    /// Distinct values (dictionary) or one per row (single, plain), as UTF-8 text.
    private var values = StringTable()
    /// A row's value number in `values`, while dictionary-encoded.
    private var codes = NarrowIntegers()
    /// Finds a value's number from its text, while dictionary-encoded.
    private var dictionary: ByteStringIndex?
    /// The codes of the last two distinct values coded, most recent first (-1: none).
    private var recentCodes = (-1, -1)
    /// The kind of every value, until two kinds meet; then `rowKinds` has each row's.
    private var kind: Kind?
    private var rowKinds: [Kind]?
    /// The rows with a value: `firstRow ..< firstRow + count` while `rows` is nil.
    private var firstRow = 0
    private var rows: [UInt32]?
    private(set) var count = 0

    /// Distinct values a column may collect before the encoding is reconsidered: below it
    /// the dictionary is small whatever the data.
    static let dictionaryFloor = 4096
    /// Rows a distinct value must serve, on average, for the dictionary to be kept past
    /// the floor.
    static let rowsPerDistinctValue = 16

    /// Values a column holds before its storage is sized for the rest of the load, when
    /// every utterance so far had the key (sparse keys grow as they go).
    static let sizingCount = 4096

    /// Utterances the caller expects in all, to size the storage once.
    private let expectedRows: Int

    init(expectedRows: Int = 0) {
        self.expectedRows = expectedRows
    }

    /// The last row with a value, if any.
    var lastRow: Int? {
        guard count > 0 else { return nil }
        if let rows { return Int(rows[count - 1]) }
        return firstRow + count - 1
    }

    /// Sets `row`'s value: appended, or replacing the value of the last row when `row` is
    /// that row. Rows come in increasing order. Returns whether the row is new to the
    /// column.
    mutating func set(row: Int, kind: Kind, text: UnsafeBufferPointer<UInt8>) -> Bool {
        let isNew = lastRow != row
        if !isNew { truncate(toRows: row) }
        append(row: row, kind: kind, text: text)
        return isNew
    }

    private mutating func append(row: Int, kind newKind: Kind, text: UnsafeBufferPointer<UInt8>) {
        noteRow(row)
        if kind == nil { kind = newKind }
        if newKind != kind, rowKinds == nil {
            storePlain()
            rowKinds = [Kind](repeating: kind ?? newKind, count: count)
        }
        rowKinds?.append(newKind)
        if encoding == .single, count > 0 { startDictionary() }
        count += 1
        if count == Self.sizingCount, rows == nil { reserveForTheRest() }
        guard encoding == .dictionary else {
            values.append(validUTF8: text)
            return
        }
        // The last two values first: a column of few values (TWCS's `inbound` alternates
        // between two) then needs no hashing.
        if recentCodes.0 >= 0, values.bytesEqual(recentCodes.0, text) {
            codes.append(recentCodes.0)
            return
        }
        if recentCodes.1 >= 0, values.bytesEqual(recentCodes.1, text) {
            recentCodes = (recentCodes.1, recentCodes.0)
            codes.append(recentCodes.0)
            return
        }
        let next = Int32(values.count)
        if let existing = dictionary?.insertIfAbsent(text, position: next, table: values) {
            codes.append(Int(existing))
            recentCodes = (Int(existing), recentCodes.0)
        } else {
            recentCodes = (Int(next), recentCodes.0)
            values.append(validUTF8: text)
            codes.append(Int(next))
            if values.count > Self.dictionaryFloor,
                values.count * Self.rowsPerDistinctValue > count
            {
                storePlain()
            }
        }
    }

    /// `row`'s value, if the row has one.
    func value(row: Int) -> MetadataValue? {
        guard let ordinal = ordinal(of: row) else { return nil }
        let text = values.withBytes(position(ordinal)) { String(decoding: $0, as: UTF8.self) }
        return MetadataValue(rowKinds?[ordinal] ?? kind ?? .string, text)
    }

    /// `row`'s value as UTF-8 text, without its kind, if the row has one.
    func withValueBytes<Result>(
        row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        guard let ordinal = ordinal(of: row) else { return nil }
        return values.withBytes(position(ordinal), body)
    }

    private func position(_ ordinal: Int) -> Int {
        encoding == .dictionary ? codes[ordinal] : ordinal
    }

    /// Drops the values of rows from `row` on.
    mutating func truncate(toRows row: Int) {
        let kept: Int
        if let rows {
            kept = Self.lowerBound(of: row, in: rows)
        } else {
            kept = min(count, max(0, row - firstRow))
        }
        guard kept < count else { return }
        if encoding == .dictionary {
            codes.removeLast(count - kept)
        } else {
            values.truncate(to: kept)
        }
        rows?.removeLast(count - kept)
        rowKinds?.removeLast(count - kept)
        count = kept
        if count == 0 {
            rows = nil
            firstRow = 0
            (rowKinds, kind) = (nil, nil)
        }
    }

    /// Bytes held, for memory accounting.
    var byteCount: Int {
        values.storageByteCount + codes.byteCount + (rows?.count ?? 0) * 4 + (rowKinds?.count ?? 0)
    }

    // MARK: Rows

    private mutating func noteRow(_ row: Int) {
        if count == 0 {
            firstRow = row
        } else if rows == nil, row != firstRow + count {
            var listed = [UInt32]()
            listed.reserveCapacity(count * 2)
            for listedRow in firstRow..<(firstRow + count) { listed.append(UInt32(listedRow)) }
            rows = listed
        }
        rows?.append(UInt32(truncatingIfNeeded: row))
    }

    private func ordinal(of row: Int) -> Int? {
        Self.ordinal(of: row, rows: rows, firstRow: firstRow, count: count)
    }

    /// The position of `row`'s value among a column's `count` values: in `rows` when they
    /// are listed, else counted from `firstRow`. Shared with ``UnsafeView``.
    fileprivate static func ordinal<Rows: RandomAccessCollection<UInt32>>(
        of row: Int, rows: Rows?, firstRow: Int, count: Int
    ) -> Int? where Rows.Index == Int {
        guard let rows else {
            let ordinal = row - firstRow
            return ordinal >= 0 && ordinal < count ? ordinal : nil
        }
        let found = lowerBound(of: row, in: rows)
        return found < rows.count && Int(rows[found]) == row ? found : nil
    }

    private static func lowerBound<Rows: RandomAccessCollection<UInt32>>(
        of row: Int, in rows: Rows
    ) -> Int where Rows.Index == Int {
        rows.partitionPoint { Int($0) >= row }
    }

    // MARK: Encodings

    /// Indexes the values stored so far (one, or none after a truncation) and codes them.
    private mutating func startDictionary() {
        recentCodes = (-1, -1)
        var index = ByteStringIndex()
        codes = NarrowIntegers()
        for position in 0..<values.count {
            _ = values.withBytes(position) {
                index.insertIfAbsent($0, position: Int32(position), table: values)
            }
            codes.append(position)
        }
        dictionary = index
        encoding = .dictionary
    }

    /// Rewrites the column a value a row and drops the dictionary for good.
    private mutating func storePlain() {
        recentCodes = (-1, -1)
        defer { encoding = .plain }
        guard encoding == .dictionary else { return }
        var plain = StringTable()
        let rowsToCome = rows == nil ? max(count, expectedRows - firstRow) : count
        plain.reserveCapacity(strings: rowsToCome, bytes: rowsToCome * averageValueBytes)
        for ordinal in 0..<count {
            _ = values.withBytes(codes[ordinal]) { plain.append(validUTF8: $0) }
        }
        values = plain
        codes = NarrowIntegers()
        dictionary = nil
    }

    /// Sizes the codes or the values for every utterance still to come.
    private mutating func reserveForTheRest() {
        let rowsToCome = max(0, expectedRows - firstRow)
        guard rowsToCome > count else { return }
        if encoding == .dictionary {
            codes.reserveCapacity(rowsToCome)
        } else {
            values.reserveCapacity(strings: rowsToCome, bytes: rowsToCome * averageValueBytes)
        }
    }

    /// Bytes a stored value takes on average, rounded up, for sizing plain storage.
    private var averageValueBytes: Int { values.byteCount / max(1, values.count) + 1 }
}

extension MetadataColumn {
    /// The values by row through pointers (see ``NarrowIntegers/UnsafeView``).
    struct UnsafeView {
        fileprivate let values: StringTable.UnsafeView
        fileprivate let codes: NarrowIntegers.UnsafeView?
        fileprivate let rows: UnsafeBufferPointer<UInt32>?
        fileprivate let firstRow: Int
        fileprivate let count: Int

        /// `row`'s value as UTF-8 text, if the row has one.
        func value(row: Int) -> UnsafeBufferPointer<UInt8>? {
            guard
                let ordinal = MetadataColumn.ordinal(
                    of: row, rows: rows, firstRow: firstRow, count: count)
            else { return nil }
            return values[codes?[ordinal] ?? ordinal]
        }
    }

    func withUnsafeView<Result>(_ body: (UnsafeView) -> Result) -> Result {
        let isCoded = encoding == .dictionary
        return values.withUnsafeView { values in
            codes.withUnsafeView { codes in
                let view = { (rows: UnsafeBufferPointer<UInt32>?) in
                    UnsafeView(
                        values: values, codes: isCoded ? codes : nil, rows: rows,
                        firstRow: firstRow, count: count)
                }
                guard let rows else { return body(view(nil)) }
                return rows.withUnsafeBufferPointer { body(view($0)) }
            }
        }
    }
}

/// Records parsed from one stretch of a file, held as byte ranges in one arena so a reader
/// makes no `String` per field. Batches can be parsed on several threads and are added to
/// the builder in file order by ``RecordSink``.
struct RecordBatch: Sendable {
    struct Record: Sendable {
        /// The record's first physical line, counted from the start of the batch (0-based).
        var line: Int
        var id: Range<Int>?
        var parent: Range<Int>?
        var speaker: Range<Int>?
        var text: Range<Int>?
        var timestamp = Double.nan
        var role: Role?
        var metadata: Range<Int>
        var problems: Range<Int>
        /// A bad record is reported and not added.
        var isBad = false

        /// Whether the record goes to the builder: good, with an id and a text.
        var isComplete: Bool { !isBad && id != nil && text != nil }
    }

    struct Metadata: Sendable {
        var key: Int32
        var kind: MetadataValue.Kind
        var value: Range<Int>
    }

    struct Problem: Sendable {
        var severity: LoadProblem.Severity
        var reason: String
    }

    var arena: [UInt8] = []
    var records: [Record] = []
    var metadata: [Metadata] = []
    var problems: [Problem] = []
    /// Metadata key names by the key numbers of ``Metadata/key``.
    var keyNames: [String] = []
    /// Which parser numbered the keys: the batches of one numbering list the same names in
    /// the same order, each batch's list extending the one before, so the sink looks up
    /// only the names it has not seen (a file of ever new keys made every batch look up
    /// every name so far).
    var keyNumbering = 0
    /// Physical lines the batch covers.
    var lineCount = 0

    /// Input bytes the batch was parsed from, for projecting the file's record count.
    var inputByteCount = 0

    init(expectedBytes: Int = 0) {
        arena.reserveCapacity(expectedBytes)
        inputByteCount = expectedBytes
    }

    /// Empties the batch for parsing more input, keeping its buffers (see
    /// ``BatchPipeline``: batches are handed back to the parsers once added).
    mutating func reset(expectedBytes: Int) {
        arena.removeAll(keepingCapacity: true)
        arena.reserveCapacity(expectedBytes)
        records.removeAll(keepingCapacity: true)
        metadata.removeAll(keepingCapacity: true)
        problems.removeAll(keepingCapacity: true)
        keyNames = []
        keyNumbering = 0
        lineCount = 0
        inputByteCount = expectedBytes
    }

    // MARK: Building a record

    mutating func beginRecord(line: Int) {
        records.append(
            Record(
                line: line, metadata: metadata.count..<metadata.count,
                problems: problems.count..<problems.count))
    }

    mutating func set(_ field: UtteranceField, _ range: Range<Int>) {
        let last = records.count - 1
        switch field {
        case .id: records[last].id = range
        case .parent: records[last].parent = range
        case .speaker: records[last].speaker = range
        case .text: records[last].text = range
        case .time, .role: break
        }
    }

    mutating func setTimestamp(_ value: Double) { records[records.count - 1].timestamp = value }

    mutating func setRole(_ role: Role) { records[records.count - 1].role = role }

    mutating func addMetadata(key: Int32, kind: MetadataValue.Kind, value: Range<Int>) {
        metadata.append(Metadata(key: key, kind: kind, value: value))
    }

    mutating func warn(_ reason: String) {
        problems.append(Problem(severity: .warning, reason: reason))
    }

    /// Marks the current record bad. Only the first reason is kept.
    mutating func fail(_ reason: String) {
        let last = records.count - 1
        guard !records[last].isBad else { return }
        records[last].isBad = true
        problems.append(Problem(severity: .error, reason: reason))
    }

    /// Closes the current record: checks the required fields and fixes its ranges.
    mutating func finishRecord() {
        let last = records.count - 1
        if !records[last].isBad {
            if records[last].id == nil {
                fail("missing id field")
            } else if records[last].text == nil {
                fail("missing text field")
            }
        }
        records[last].metadata = records[last].metadata.lowerBound..<metadata.count
        records[last].problems = records[last].problems.lowerBound..<problems.count
    }

    /// Appends `bytes` to the arena, repairing invalid UTF-8; returns their range there.
    mutating func appendRepairing(
        _ bytes: UnsafeBufferPointer<UInt8>, repaired: inout Bool
    ) -> Range<Int> {
        let start = arena.count
        if UTF8Repair.append(bytes, to: &arena) { repaired = true }
        return start..<arena.count
    }
}

/// Adds parsed batches to the builder in file order, applying the bad-record policy and
/// keeping one file's ``LoadReport``.
struct RecordSink {
    private(set) var report: LoadReport
    private let policy: BadRecordPolicy
    private let cancellation: Cancellation
    /// Physical lines before the batch being added.
    fileprivate(set) var lineBase = 1
    private var recordsSinceCheck = 0
    private var scratch: [(key: String, value: MetadataValue)] = []
    /// Shaping that needs `String`s (flattening, dropping, per-id or per-speaker data);
    /// nil when records go to the builder as bytes.
    private let shaping: RecordShaping?
    /// A role read from a metadata value on the byte path (TWCS `inbound`), its number in
    /// the batch being added, and the values that mean organization.
    private let roleKey: String?
    private var roleKeyInBatch: Int32?
    private let roleValues: [[UInt8]]
    /// Corpus key numbers of the batch's key numbers (-1: not interned yet), and of every
    /// key name interned so far by this sink.
    private var keyNumbers: [Int32] = []
    private var metadataKeyNumbers: [String: Int32] = [:]
    /// `keyNumbers` of the last batch of each numbering (``RecordBatch/keyNumbering``),
    /// with the last name it covers and where the role key was, to be extended.
    private var numberings: [Int: (numbers: [Int32], lastName: String?, roleKey: Int32?)] = [:]
    /// The builder's number for this file, once a record got that far.
    private var fileNumber: Int32?
    /// The builder's count when this file's first batch came: an id taken below it was
    /// loaded from another file, which is an error, not a skipped duplicate.
    private var firstIndexOfFile: Int?
    /// Whether the texts are stored by the pipeline (the builder's are lent out), and if
    /// so, the records offered to the builder so far and those of them it did not add
    /// (counted from the first offered), whose texts the pipeline stored all the same.
    var textsAreStoredElsewhere = false
    private var offeredCount = 0
    private(set) var textsNotAdded: [Int] = []

    /// Records whose index slots are prefetched before they are added
    /// (``CorpusBuilder/prefetch(id:replyTo:speaker:)``): enough to overlap their waits,
    /// few enough that the slots are still in cache when the records are added.
    static let prefetchAhead = 32

    /// Records between two looks at the cancellation flag.
    static let cancellationInterval = 65_536

    /// Whether records go to the builder as bytes (else as `String`s, shaped first).
    var addsBytes: Bool { shaping == nil }

    init(report: LoadReport, options: LoadOptions, shaping: RecordShaping = RecordShaping()) {
        self.report = report
        policy = options.policy
        cancellation = options.cancellation
        self.shaping = shaping.needsStrings ? shaping : nil
        roleKey = shaping.roleKey
        roleValues = shaping.organizationValues.map { Array($0.utf8) }
    }

    mutating func add(_ batch: RecordBatch, to builder: inout CorpusBuilder) throws(LoadError) {
        if firstIndexOfFile == nil {
            firstIndexOfFile = builder.count
            reserveRoom(projectedFrom: batch, in: &builder)
        }
        if shaping == nil { useKeys(of: batch) }
        // Through buffer pointers, taken once a batch: slicing the arrays for every record
        // retained and released their storage each time.
        try batch.arena.withUnsafeBufferPointer { (arena) throws(LoadError) in
            try batch.records.withUnsafeBufferPointer { (records) throws(LoadError) in
                try batch.metadata.withUnsafeBufferPointer { (metadata) throws(LoadError) in
                    var start = 0
                    while start < records.count {
                        let chunk = start..<min(start + Self.prefetchAhead, records.count)
                        for index in chunk where !records[index].isBad {
                            builder.prefetch(
                                id: slice(arena, records[index].id),
                                replyTo: slice(arena, records[index].parent),
                                speaker: slice(arena, records[index].speaker))
                        }
                        for index in chunk {
                            try add(
                                records[index], of: batch, arena: arena, metadata: metadata,
                                to: &builder)
                        }
                        start = chunk.upperBound
                    }
                }
            }
        }
        lineBase += batch.lineCount
        if shaping == nil {
            numberings[batch.keyNumbering] = (keyNumbers, batch.keyNames.last, roleKeyInBatch)
        }
    }

    /// Records a problem that belongs to no parsed record (e.g. a broken CSV header).
    mutating func record(_ problem: LoadProblem) throws(LoadError) {
        report.record(problem)
        if problem.severity == .error, policy == .stop { throw .badRecord(problem) }
    }

    private mutating func add(
        _ record: RecordBatch.Record, of batch: RecordBatch, arena: UnsafeBufferPointer<UInt8>,
        metadata: UnsafeBufferPointer<RecordBatch.Metadata>, to builder: inout CorpusBuilder
    ) throws(LoadError) {
        recordsSinceCheck += 1
        if recordsSinceCheck >= Self.cancellationInterval {
            recordsSinceCheck = 0
            if cancellation.isCancelled { throw .cancelled }
        }
        report.recordCount += 1
        let line = lineBase + record.line
        if !record.problems.isEmpty {
            for problem in batch.problems[record.problems] {
                try self.record(LoadProblem(location(line), problem.severity, problem.reason))
            }
        }
        guard record.isComplete, let id = record.id, let text = record.text else { return }
        let file = fileNumber ?? builder.sourceFileNumber(report.file)
        fileNumber = file
        let outcome: CorpusBuilder.AddOutcome
        if let shaping {
            fillMetadata(record, of: batch, arena: arena)
            let (idBytes, speakerBytes) = (slice(arena, id), slice(arena, record.speaker))
            let shapedRole = shaping.apply(
                to: &scratch, id: { String(decoding: idBytes, as: UTF8.self) },
                speaker: { String(decoding: speakerBytes, as: UTF8.self) })
            outcome = builder.add(
                validUTF8ID: idBytes, replyTo: slice(arena, record.parent),
                speaker: speakerBytes, timestamp: record.timestamp.isNaN ? nil : record.timestamp,
                text: slice(arena, text), role: shapedRole ?? record.role,
                metadata: scratch, source: location(line))
        } else {
            let entries = UnsafeBufferPointer(rebasing: metadata[record.metadata])
            var role = record.role
            if let roleKey = roleKeyInBatch {
                for entry in entries where entry.key == roleKey {
                    if roleValues.contains(where: { $0.elementsEqual(slice(arena, entry.value)) }) {
                        role = .organization
                    }
                }
            }
            offeredCount += 1
            outcome = builder.add(
                validUTF8ID: slice(arena, id), replyTo: slice(arena, record.parent),
                speaker: slice(arena, record.speaker),
                timestamp: record.timestamp.isNaN ? nil : record.timestamp,
                text: textsAreStoredElsewhere ? nil : slice(arena, text), role: role,
                sourceFile: file,
                line: Int32(clamping: line)
            ) { store in
                for entry in entries {
                    var key = keyNumbers[Int(entry.key)]
                    if key < 0 {
                        let name = batch.keyNames[Int(entry.key)]
                        key = store.internKey(name)
                        keyNumbers[Int(entry.key)] = key
                        metadataKeyNumbers[name] = key
                    }
                    store.appendEntry(
                        key: key, kind: entry.kind, validUTF8: slice(arena, entry.value))
                }
            }
        }
        switch outcome {
        case .added:
            report.loadedCount += 1
        case .duplicate(let firstIndex, let firstSource):
            if textsAreStoredElsewhere { textsNotAdded.append(offeredCount - 1) }
            let idText = String(decoding: slice(arena, id), as: UTF8.self)
            if firstIndex < firstIndexOfFile ?? 0 {
                throw .idClash(id: idText, at: location(line), first: firstSource)
            }
            let first = Self.describe(firstSource, currentFile: report.file)
            let reason = "duplicate id '\(idText)' (first \(first))"
            try self.record(LoadProblem(location(line), .error, reason))
        }
    }

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: report.file, line: line)
    }

    /// Makes room for the records the whole file will hold at the first batch's density:
    /// the loader's guess from the file's size alone was 40% short for TWCS's short rows,
    /// and growing the columns and the id index on the way copies them (time, and a peak
    /// of old and new copies).
    private func reserveRoom(projectedFrom batch: RecordBatch, in builder: inout CorpusBuilder) {
        guard let projected = Self.projectedRecordCount(from: batch, fileBytes: report.byteCount)
        else { return }
        builder.reserveCapacity(projected)
    }

    /// The records a file of `fileBytes` bytes holds at `batch`'s density, if that can be
    /// told.
    static func projectedRecordCount(from batch: RecordBatch, fileBytes: Int) -> Int? {
        guard batch.inputByteCount > 0, !batch.records.isEmpty else { return nil }
        let density = Double(batch.records.count) / Double(batch.inputByteCount)
        let projected = Double(fileBytes) * density * 1.05
        guard projected.isFinite, projected < Double(Int32.max) else { return nil }
        return Int(projected) + 16
    }

    /// Prepares the byte path for `batch`'s key numbers (parsers on different threads
    /// number keys on their own). Corpus key numbers are looked up when first used.
    private mutating func useKeys(of batch: RecordBatch) {
        let names = batch.keyNames
        var (numbers, roleKeyNumber) = ([Int32](), Int32?.none)
        if let known = numberings.removeValue(forKey: batch.keyNumbering),
            known.numbers.count <= names.count,
            known.numbers.isEmpty || names[known.numbers.count - 1] == known.lastName
        {
            (numbers, roleKeyNumber) = (known.numbers, known.roleKey)
        }
        for position in numbers.count..<names.count {
            numbers.append(metadataKeyNumbers[names[position]] ?? -1)
            if roleKeyNumber == nil, names[position] == roleKey {
                roleKeyNumber = Int32(position)
            }
        }
        keyNumbers = numbers
        roleKeyInBatch = roleKeyNumber
    }

    private static func describe(_ first: SourceLocation?, currentFile: String) -> String {
        guard let first else { return "loaded earlier" }
        return first.file == currentFile ? "at line \(first.line)" : "at \(first)"
    }

    private mutating func fillMetadata(
        _ record: RecordBatch.Record, of batch: RecordBatch, arena: UnsafeBufferPointer<UInt8>
    ) {
        scratch.removeAll(keepingCapacity: true)
        for entry in batch.metadata[record.metadata] {
            let text = String(decoding: slice(arena, entry.value), as: UTF8.self)
            scratch.append((batch.keyNames[Int(entry.key)], MetadataValue(entry.kind, text)))
        }
    }

    @inline(__always)
    private func slice(
        _ arena: UnsafeBufferPointer<UInt8>, _ range: Range<Int>?
    ) -> UnsafeBufferPointer<UInt8> {
        guard let range else { return UnsafeBufferPointer(rebasing: arena[0..<0]) }
        return UnsafeBufferPointer(rebasing: arena[range])
    }
}

extension RecordSink {
    /// Moves the line count past lines that hold no records (a CSV header).
    mutating func skipLines(_ count: Int) { lineBase += count }
}

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
    private let shaping: RecordShaping?
    /// The builder's count when this file's first batch came: an id taken below it was
    /// loaded from another file, which is an error, not a skipped duplicate.
    private var firstIndexOfFile: Int?

    /// Records between two looks at the cancellation flag.
    static let cancellationInterval = 65_536

    init(report: LoadReport, options: LoadOptions, shaping: RecordShaping = RecordShaping()) {
        self.report = report
        policy = options.policy
        cancellation = options.cancellation
        self.shaping = shaping.isEmpty ? nil : shaping
    }

    mutating func add(_ batch: RecordBatch, to builder: inout CorpusBuilder) throws(LoadError) {
        if firstIndexOfFile == nil { firstIndexOfFile = builder.count }
        try batch.arena.withUnsafeBufferPointer { (arena) throws(LoadError) in
            for record in batch.records {
                try add(record, of: batch, arena: arena, to: &builder)
            }
        }
        lineBase += batch.lineCount
    }

    /// Records a problem that belongs to no parsed record (e.g. a broken CSV header).
    mutating func record(_ problem: LoadProblem) throws(LoadError) {
        report.record(problem)
        if problem.severity == .error, policy == .stop { throw .badRecord(problem) }
    }

    private mutating func add(
        _ record: RecordBatch.Record, of batch: RecordBatch, arena: UnsafeBufferPointer<UInt8>,
        to builder: inout CorpusBuilder
    ) throws(LoadError) {
        recordsSinceCheck += 1
        if recordsSinceCheck >= Self.cancellationInterval {
            recordsSinceCheck = 0
            if cancellation.isCancelled { throw .cancelled }
        }
        report.recordCount += 1
        let location = SourceLocation(file: report.file, line: lineBase + record.line)
        for problem in batch.problems[record.problems] {
            try self.record(LoadProblem(location, problem.severity, problem.reason))
        }
        guard !record.isBad, let id = record.id, let text = record.text else { return }
        fillMetadata(record, of: batch, arena: arena)
        var role = record.role
        if let shaping {
            let (idBytes, speakerBytes) = (slice(arena, id), slice(arena, record.speaker))
            let shapedRole = shaping.apply(
                to: &scratch, id: { String(decoding: idBytes, as: UTF8.self) },
                speaker: { String(decoding: speakerBytes, as: UTF8.self) })
            role = shapedRole ?? role
        }
        let outcome = builder.add(
            validUTF8ID: slice(arena, id), replyTo: slice(arena, record.parent),
            speaker: slice(arena, record.speaker),
            timestamp: record.timestamp.isNaN ? nil : record.timestamp,
            text: slice(arena, text), role: role, metadata: scratch, source: location)
        switch outcome {
        case .added:
            report.loadedCount += 1
        case .duplicate(let firstIndex, let firstSource):
            let idText = String(decoding: slice(arena, id), as: UTF8.self)
            if firstIndex < firstIndexOfFile ?? 0 {
                throw .idClash(id: idText, at: location, first: firstSource)
            }
            let first = Self.describe(firstSource, currentFile: report.file)
            let reason = "duplicate id '\(idText)' (first \(first))"
            try self.record(LoadProblem(location, .error, reason))
        }
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

import Dispatch

/// Overlaps adding parsed records to the builder with parsing the next block: adding is
/// serial (ids must be checked in file order), parsing is not, so on two cores the
/// builder's work hides most of the parsing.
///
/// The texts are stored apart from the rest of each record, while the builder adds the
/// batch: they are most of the bytes, and copying them was a fifth of the builder's work
/// on a 1M-row TWCS load, the serial part of it. The builder lends its texts for the
/// load (``CorpusBuilder/lendTexts()``); a record the builder does not add (a duplicate
/// id) has its text dropped when they are returned.
///
/// Batches that were added are handed back to the jobs to parse into again. A new batch
/// for every block made a megabyte or two of fresh memory each step, freed on another
/// thread, and left free memory behind in the heaps that counted in the peak: recycling
/// took 7 MB off a 1M-row TWCS load's (see also ``ProcessMemory``).
///
/// Jobs are classes handed to `concurrentPerform`; each is touched by one thread at a
/// time, and only `step` hands them out, hence `@unchecked Sendable`.
final class BatchPipeline: @unchecked Sendable {
    private var sink: RecordSink
    private var builder: CorpusBuilder
    private var pending: [RecordBatch] = []
    /// The builder's texts while they are lent (when records go to it as bytes), and
    /// whether room was made in them for the file.
    private var texts = StringTable()
    private var lendsTexts = false
    private var textsReserved = false
    /// The file's size, for sizing the texts: read here, since the sink is busy on the
    /// other thread while they are stored.
    private let fileByteCount: Int
    /// Batches already added, emptied by the job that parses into one next.
    private var spares: [RecordBatch] = []
    private var failure: LoadError?

    /// Takes over `builder` (the caller's copy is emptied so the pipeline's is unique and
    /// grows without copying).
    init(sink: RecordSink, builder: inout CorpusBuilder) {
        self.sink = sink
        self.builder = builder
        fileByteCount = sink.report.byteCount
        builder = CorpusBuilder()
        if sink.addsBytes {
            texts = self.builder.lendTexts()
            lendsTexts = true
            self.sink.textsAreStoredElsewhere = true
        }
    }

    /// Adds the batches of the previous step while `jobs` parse (and `readAhead` reads
    /// the next block); their batches are added by the next step (or
    /// ``finish(into:)``), in job order.
    func step(_ jobs: [ParseJob], readAhead: BlockReader.ReadAhead? = nil) throws(LoadError) {
        for job in jobs {
            if let spare = spares.popLast() { job.batch = spare }
        }
        // Adding first, as it takes longest; the texts and the read after the parsing:
        // whichever thread is free first takes them.
        var planned: [Task] = pending.isEmpty ? [] : [.add]
        planned += jobs.map { Task.parse($0) }
        if !pending.isEmpty, lendsTexts { planned.append(.storeTexts) }
        if let readAhead { planned.append(.read(readAhead)) }
        let tasks = planned
        if tasks.count == 1, case .parse(let job) = tasks[0] {
            job.run()
        } else {
            DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
                switch tasks[index] {
                case .add: addPending()
                case .parse(let job): job.run()
                case .storeTexts: storePendingTexts()
                case .read(let readAhead): readAhead.run()
                }
            }
        }
        recyclePending()
        if let failure { throw failure }
        pending = jobs.map { $0.takeBatch() }
    }

    /// The work of a step, each on whichever thread takes it.
    private enum Task {
        case add
        case parse(ParseJob)
        case storeTexts
        case read(BlockReader.ReadAhead)
    }

    /// Adds what is left and gives the builder back.
    func finish(into builder: inout CorpusBuilder) throws(LoadError) -> LoadReport {
        addPending()
        storePendingTexts()
        recyclePending()
        if lendsTexts {
            self.builder.returnTexts(&texts, dropped: sink.textsNotAdded)
            lendsTexts = false
        }
        builder = self.builder
        self.builder = CorpusBuilder()
        if let failure { throw failure }
        return sink.report
    }

    /// Lines before the first record (a CSV header).
    func skipLines(_ count: Int) { sink.skipLines(count) }

    private func addPending() {
        guard failure == nil else { return }
        do throws(LoadError) {
            for batch in pending { try sink.add(batch, to: &builder) }
        } catch {
            failure = error
        }
    }

    /// Stores the texts of the records of the pending batches that go to the builder
    /// (``RecordBatch/Record/isComplete``), in order, while the builder adds them.
    private func storePendingTexts() {
        // Out of the property for the loop, unique, so appends neither copy nor check
        // exclusive access to a class's property every time.
        guard lendsTexts else { return }
        var table = texts
        texts = StringTable()
        for batch in pending {
            if !textsReserved,
                let projected = RecordSink.projectedRecordCount(
                    from: batch, fileBytes: fileByteCount)
            {
                table.reserveCapacity(strings: table.count + projected, bytes: 0)
                textsReserved = true
            }
            batch.arena.withUnsafeBufferPointer { arena in
                batch.records.withUnsafeBufferPointer { records in
                    for record in records where record.isComplete {
                        guard let range = record.text else { continue }
                        table.append(validUTF8: UnsafeBufferPointer(rebasing: arena[range]))
                    }
                }
            }
        }
        texts = table
    }

    private func recyclePending() {
        spares += pending
        pending = []
    }
}

/// A piece of parsing work for ``BatchPipeline``.
class ParseJob: @unchecked Sendable {
    /// What `run` parses into, after emptying it: an added batch given back by the
    /// pipeline, whose buffers are reused, or a new one.
    var batch = RecordBatch()

    func run() {}

    func takeBatch() -> RecordBatch {
        let result = batch
        batch = RecordBatch()
        return result
    }
}

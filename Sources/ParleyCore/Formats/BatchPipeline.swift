import Dispatch

/// Overlaps adding parsed records to the builder with parsing the next block: adding is
/// serial (ids must be checked in file order), parsing is not, so on two cores the
/// builder's work hides most of the parsing.
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
    /// Batches already added, emptied by the job that parses into one next.
    private var spares: [RecordBatch] = []
    private var failure: LoadError?

    /// Takes over `builder` (the caller's copy is emptied so the pipeline's is unique and
    /// grows without copying).
    init(sink: RecordSink, builder: inout CorpusBuilder) {
        self.sink = sink
        self.builder = builder
        builder = CorpusBuilder()
    }

    /// Adds the batches of the previous step while `jobs` parse; their batches are added
    /// by the next step (or ``finish(into:)``), in job order.
    func step(_ jobs: [ParseJob]) throws(LoadError) {
        for job in jobs {
            if let spare = spares.popLast() { job.batch = spare }
        }
        if pending.isEmpty, jobs.count == 1 {
            jobs[0].run()
        } else {
            DispatchQueue.concurrentPerform(iterations: jobs.count + 1) { index in
                if index == 0 { addPending() } else { jobs[index - 1].run() }
            }
        }
        if let failure { throw failure }
        pending = jobs.map { $0.takeBatch() }
    }

    /// Adds what is left and gives the builder back.
    func finish(into builder: inout CorpusBuilder) throws(LoadError) -> LoadReport {
        addPending()
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

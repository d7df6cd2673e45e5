import Dispatch
import Synchronization

extension SentimentAnalyzer {
    /// How many utterances a worker scores between checks for cancellation.
    static let corpusChunkSize = 2_048

    /// Scores every utterance of `corpus`, on `workers` threads (default: all cores).
    ///
    /// Chunks of utterances are handed out in turn, so one long comment does not hold up
    /// the rest. `cancellation` is checked before each chunk; when it says stop, this throws
    /// ``CancelledError`` and nothing is returned. `progress`, if given, is called from the
    /// workers with the number of utterances scored so far (not in order, not every one).
    public func scores(
        of corpus: Corpus, workers: Int? = nil, cancellation: Cancellation = .never,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> SentimentColumn {
        let count = corpus.utteranceCount
        var storage = [SentimentColumn.Packed](
            repeating: .init(negative: 0, neutral: 0, positive: 0, compound: 0), count: count)
        let chunkCount = (count + Self.corpusChunkSize - 1) / Self.corpusChunkSize
        // Without a worker count, one task per chunk lets Dispatch size the pool to the cores.
        let workerCount = max(1, min(workers ?? chunkCount, chunkCount))
        let nextChunk = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let stopped = Atomic<Bool>(false)
        storage.withUnsafeMutableBufferPointer { buffer in
            let output = DisjointWrites(buffer: buffer)
            let work = { @Sendable (_: Int) in
                var scratch = SentimentScratch()
                while true {
                    let chunk = nextChunk.add(1, ordering: .relaxed).oldValue
                    guard chunk < chunkCount else { return }
                    if cancellation.isCancelled {
                        stopped.store(true, ordering: .relaxed)
                        return
                    }
                    let start = chunk * Self.corpusChunkSize
                    let end = min(start + Self.corpusChunkSize, count)
                    score(corpus, start..<end, into: output.buffer, scratch: &scratch)
                    let total = done.add(end - start, ordering: .relaxed).newValue
                    progress?(total)
                }
            }
            if workerCount == 1 {
                work(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: workerCount, execute: work)
            }
        }
        if stopped.load(ordering: .relaxed) { throw CancelledError() }
        return SentimentColumn(storage: storage)
    }

    /// One chunk's work, outside the closure so that it compiles like a plain loop.
    private func score(
        _ corpus: Corpus, _ range: Range<Int>,
        into output: UnsafeMutableBufferPointer<SentimentColumn.Packed>,
        scratch: inout SentimentScratch
    ) {
        for index in range {
            let scores = corpus.withTextBytes(of: index) {
                self.scores(utf8: $0, scratch: &scratch)
            }
            output[index] = SentimentColumn.pack(scores)
        }
    }
}

/// The column being filled by the workers. Each index belongs to exactly one chunk and each
/// chunk to exactly one worker, so no two threads touch the same element.
private struct DisjointWrites<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}

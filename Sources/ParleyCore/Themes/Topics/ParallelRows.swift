import Dispatch
import Synchronization

/// Splits rows into fixed chunks and runs them on all cores.
///
/// Chunks are fixed by the row count alone, and callers keep any sum per chunk and add the
/// chunks in order, so a result never depends on how many threads ran or in what order.
enum ParallelRows {
    /// Rows per chunk: large enough that handing out a chunk costs nothing, small enough
    /// that two cores share the work evenly.
    static let chunkSize = 4_096

    static func chunkCount(_ rows: Int) -> Int { (rows + chunkSize - 1) / chunkSize }

    static func chunk(_ index: Int, of rows: Int) -> Range<Int> {
        (index * chunkSize)..<min(rows, (index + 1) * chunkSize)
    }

    /// Calls `body` with each chunk's rows, in parallel when there is more than one chunk.
    static func forEachChunk(_ rows: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let chunks = chunkCount(rows)
        if chunks <= 1 {
            if rows > 0 { body(0..<rows) }
            return
        }
        let next = Atomic<Int>(0)
        let workers = min(chunks, 64)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < chunks else { return }
                body(chunk(index, of: rows))
            }
        }
    }

    /// Calls `body` with each of `0..<count`, in parallel.
    static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if count <= 1 {
            if count == 1 { body(0) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }

    /// Like ``forEachChunk(_:_:)``, returning each chunk's partial sum added in chunk order.
    static func sum(_ rows: Int, _ body: @Sendable (Range<Int>) -> Double) -> Double {
        let chunks = chunkCount(rows)
        var partial = [Double](repeating: 0, count: chunks)
        partial.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedRows(buffer: buffer)
            forEachChunk(rows) { range in
                shared.buffer[range.lowerBound / chunkSize] = body(range)
            }
        }
        return partial.reduce(0, +)
    }
}

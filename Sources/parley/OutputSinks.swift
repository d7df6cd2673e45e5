import Glibc
import ParleyShell
import Synchronization

/// Set once standard output is gone (a closed pipe); long commands read it through the
/// session's `Cancellation` and stop early.
let outputClosed = Atomic<Bool>(false)

/// Writes `bytes` to `descriptor` with write(2), retrying after interrupts and partial
/// writes. Returns the errno that stopped it, or nil when everything was written.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { buffer in
            write(descriptor, buffer.baseAddress, buffer.count)
        }
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += written
    }
    return nil
}

/// Results on standard output: buffered, written with write(2) when the buffer fills and
/// on `flush()`. A closed reader (EPIPE) makes it drop everything after, quietly.
final class ResultSink: TextSink {
    private let descriptor: Int32
    private let capacity: Int
    private var buffer: [UInt8] = []
    /// True once a write failed; the process should stop producing output and exit 0.
    private(set) var isBroken = false

    init(descriptor: Int32 = STDOUT_FILENO, capacity: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    func write(_ text: String) {
        guard !isBroken else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Writes out what is buffered; returns false once the output is gone.
    @discardableResult
    func flush() -> Bool {
        guard !isBroken else { return false }
        defer { buffer.removeAll(keepingCapacity: true) }
        if writeAll(buffer, to: descriptor) != nil {
            // EPIPE above all, but any failure means nobody reads what follows.
            isBroken = true
            outputClosed.store(true, ordering: .relaxed)
        }
        return !isBroken
    }
}

/// Warnings and errors on standard error, unbuffered. Buffered results are flushed
/// first so that on a shared terminal messages appear after the results before them.
final class DiagnosticSink: TextSink {
    private let results: ResultSink?

    init(flushingFirst results: ResultSink?) {
        self.results = results
    }

    func write(_ text: String) {
        results?.flush()
        // Nothing sensible remains to do when standard error itself is gone.
        _ = writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
}

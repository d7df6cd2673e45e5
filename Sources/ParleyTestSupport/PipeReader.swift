import Foundation

/// Drains a pipe on a thread of its own into memory, so a child never blocks on a full
/// pipe while the test waits for it.
final class PipeReader: @unchecked Sendable {
    // Unchecked: `data` is only touched while holding `lock`.
    private let lock = NSLock()
    private var data = Data()
    private let finished = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { data.append(chunk) }
            }
            finished.signal()
        }
    }

    /// Everything read so far, as text.
    var text: String {
        lock.withLock { String(decoding: data, as: UTF8.self) }
    }

    /// The whole output once the pipe closes, or what arrived within `limit` (a
    /// grandchild may keep the pipe open).
    func text(waitingAtMost limit: Duration) -> String {
        if finished.wait(timeout: .now() + limit.timeInterval) == .success {
            finished.signal()
        }
        return text
    }
}

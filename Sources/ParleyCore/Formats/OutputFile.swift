#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written under a temporary name beside its target and renamed into place by
/// ``commit()``, so a failed or interrupted export never leaves a partial file under the
/// target's name. Writes are buffered.
final class OutputFile {
    let target: String
    let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var committed = false

    static let bufferLimit = 1 << 20

    /// Opens `temporary` (default: a hidden sibling of `target`) for writing.
    init(target: String, temporary: String? = nil, reportAs name: String? = nil)
        throws(ExportError)
    {
        self.target = target
        self.temporary = temporary ?? Self.temporaryName(for: target)
        descriptor = open(self.temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw .unwritable(name ?? target, reason: String(cString: strerror(errno)))
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed { unlink(temporary) }
    }

    /// `.NAME.parley-partial` in the target's directory: same file system, so the
    /// rename is atomic.
    static func temporaryName(for target: String) -> String {
        guard let slash = target.lastIndex(of: "/") else { return "." + target + ".parley-partial" }
        let directory = target[...slash]
        return directory + "." + target[target.index(after: slash)...] + ".parley-partial"
    }

    func write(_ text: String) throws(ExportError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    func flush() throws(ExportError) {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                #if canImport(Glibc)
                    return Glibc.write(descriptor, base + written, raw.count - written)
                #else
                    return Darwin.write(descriptor, base + written, raw.count - written)
                #endif
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unwritable(target, reason: String(cString: strerror(errno)))
            }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and renames the file into place (when `rename` is true; a
    /// directory export renames the directory instead).
    func commit(rename: Bool = true) throws(ExportError) {
        try flush()
        let status = close(descriptor)
        descriptor = -1
        guard status == 0 else {
            throw .unwritable(target, reason: String(cString: strerror(errno)))
        }
        if rename { try Self.rename(temporary, to: target) }
        committed = true
    }

    static func rename(_ from: String, to target: String) throws(ExportError) {
        #if canImport(Glibc)
            let status = Glibc.rename(from, target)
        #else
            let status = Darwin.rename(from, target)
        #endif
        guard status == 0 else {
            throw .unwritable(target, reason: String(cString: strerror(errno)))
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A data file opened for reading in large blocks: no `String` for the file, no line
/// buffer of fixed size, and memory bounded by the block size (plus the longest record)
/// rather than the file size.
final class InputFile {
    let path: String
    let size: Int
    private let descriptor: Int32

    /// Bytes inspected to tell text from binary data and to sniff the format.
    static let sniffLength = 8192

    /// Opens `path` after checking it is a non-empty regular text file.
    init(path: String) throws(LoadError) {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .fileNotFound(path) }
            throw .unreadable(path, reason: Self.systemError())
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path, reason: Self.systemError()) }
        self.descriptor = descriptor
        size = Int(info.st_size)
        if size == 0 { throw .emptyFile(path) }
    }

    deinit { close(descriptor) }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }

    /// The first bytes of the file (up to ``sniffLength``), read without moving the
    /// stream position.
    func head() throws(LoadError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: min(size, Self.sniffLength))
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { throw .unreadable(path, reason: Self.systemError()) }
        buffer.removeSubrange(count...)
        return buffer
    }

    /// Reads up to `count` bytes into `buffer` at `offset`; 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(LoadError) -> Int {
        while true {
            #if canImport(Glibc)
                let result = Glibc.read(descriptor, buffer, count)
            #else
                let result = Darwin.read(descriptor, buffer, count)
            #endif
            if result >= 0 { return result }
            if errno != EINTR { throw .unreadable(path, reason: Self.systemError()) }
        }
    }
}

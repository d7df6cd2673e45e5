#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small questions about paths that readers of directories ask (ConvoKit), without
/// Foundation.
enum FileProbe {
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The size of a regular file, 0 when it cannot be told.
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The names in a directory (no `.` or `..`), sorted; empty when it cannot be read.
    static func entries(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The whole file's bytes (for the small JSON documents beside a corpus).
    static func contents(_ path: String) throws(LoadError) -> [UInt8] {
        let file = try InputFile(path: path)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(file.size, 1), alignment: 1)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < file.size {
            let count = try file.read(into: buffer + filled, count: file.size - filled)
            if count == 0 { break }
            filled += count
        }
        let bytes = Array(UnsafeRawBufferPointer(start: buffer, count: filled))
        return bytes
    }
}

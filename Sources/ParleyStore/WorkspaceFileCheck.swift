import Foundation

/// Checks a file's bytes before SQLite touches it, so that a damaged or foreign file is
/// refused without being opened for writing.
///
/// Reads the 100-byte SQLite header (https://sqlite.org/fileformat.html#the_database_header):
/// the magic string, the page size and the page count, which also catches a truncated file.
enum WorkspaceFileCheck {
    static let headerLength = 100
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// What the file at `path` is.
    enum Kind: Equatable {
        /// No file, or an empty one: a new workspace may be created there.
        case absent
        /// An SQLite database whose header is sound.
        case database
    }

    static func check(_ path: String) throws(WorkspaceError) -> Kind {
        guard FileManager.default.fileExists(atPath: path) else { return .absent }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "the file cannot be read")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: headerLength)) ?? Data())
        if header.isEmpty { return .absent }
        guard header.count == headerLength, Array(header[0..<16]) == magic else {
            throw .notAWorkspace(path: path)
        }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        try checkPages(header, fileSize: size, path: path)
        return .database
    }

    /// The page size must be a power of two from 512 to 65536 (1 meaning 65536), and the
    /// file must hold every page the header counts.
    private static func checkPages(_ header: [UInt8], fileSize: Int, path: String)
        throws(WorkspaceError)
    {
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw .corrupted(path: path, reason: "bad page size in the header")
        }
        let pageCount = bigEndian(header, at: 28)
        // The count is valid only when the "version-valid-for" number matches the change
        // counter (older writers left it stale).
        let counterMatches = bigEndian(header, at: 24) == bigEndian(header, at: 92)
        if counterMatches, pageCount > 0, fileSize < pageCount * pageSize {
            throw .corrupted(
                path: path,
                reason: "the file is shorter than its header says (truncated?)")
        }
        if fileSize % pageSize != 0 {
            throw .corrupted(path: path, reason: "the file ends in the middle of a page")
        }
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
    }
}

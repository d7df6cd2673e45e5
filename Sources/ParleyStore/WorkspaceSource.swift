import Foundation

/// A file a corpus in the workspace was imported from, with what identified its content
/// at import (size, modification time, content hash), so a later change is noticed.
public struct WorkspaceSource: Sendable, Equatable {
    /// The name as the analyst typed it (shown in reports).
    public var name: String
    /// The absolute path that was read.
    public var path: String
    public var format: String
    public var size: Int
    /// Seconds since 1970-01-01T00:00:00Z.
    public var modified: Double
    public var hash: String
    public var recordCount: Int
    public var loadedCount: Int
    public var skippedCount: Int

    public init(
        name: String, path: String, format: String, size: Int, modified: Double, hash: String,
        recordCount: Int, loadedCount: Int, skippedCount: Int
    ) {
        self.name = name
        self.path = path
        self.format = format
        self.size = size
        self.modified = modified
        self.hash = hash
        self.recordCount = recordCount
        self.loadedCount = loadedCount
        self.skippedCount = skippedCount
    }

    /// What happened to a source since it was imported.
    public enum Status: String, Sendable, Equatable {
        case unchanged, changed, missing
    }

    /// Compares the file now with the import: size and modification time first, the
    /// content hash only when one of those differs (touching a file is not a change).
    public func currentStatus() -> Status {
        guard let now = SourceFingerprint(path: path, hashing: false) else { return .missing }
        if now.size == size && now.modified == modified { return .unchanged }
        guard let hashed = SourceFingerprint(path: path, hashing: true) else { return .missing }
        return hashed.hash == hash ? .unchanged : .changed
    }
}

/// Size, modification time and content hash of a file or of a directory's files (a
/// ConvoKit corpus is a directory).
public struct SourceFingerprint: Sendable, Equatable {
    public var size: Int
    public var modified: Double
    /// 64-bit FNV-1a over the bytes, in hex; empty when not computed.
    public var hash: String

    /// Nil when nothing is at `path`.
    public init?(path: String, hashing: Bool) {
        let files = Self.files(at: path)
        guard !files.isEmpty else { return nil }
        var size = 0
        var modified = 0.0
        var hasher = ContentHasher()
        for file in files {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else {
                return nil
            }
            size += (attributes[.size] as? NSNumber)?.intValue ?? 0
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            modified = max(modified, date)
            if hashing, !hasher.add(contentsOf: file) { return nil }
        }
        self.size = size
        self.modified = modified
        self.hash = hashing ? hasher.hex : ""
    }

    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return []
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }.filter {
            var inner: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &inner)
                && !inner.boolValue
        }
    }
}

/// FNV-1a (64-bit) over a file's bytes: enough to notice an edited source, not a defence
/// against anyone forging one.
struct ContentHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a offset basis
    private static let prime: UInt64 = 0x100_0000_01b3  // FNV-1a prime
    private static let chunkSize = 1 << 20

    var hex: String { String(state, radix: 16) }

    mutating func add(contentsOf path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: Self.chunkSize)
            } catch {
                return false
            }
            // Foundation gives nil or empty data at the end of the file.
            guard let chunk, !chunk.isEmpty else { return true }
            chunk.withUnsafeBytes { bytes in
                for byte in bytes { state = (state ^ UInt64(byte)) &* Self.prime }
            }
        }
    }
}

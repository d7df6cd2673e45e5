import Foundation

/// Where things are in the repository, found from this source file's own path so tests
/// work from any working directory.
public enum RepositoryPaths {
    /// The package root.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ParleyTestSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()

    public static let transcripts = root.appendingPathComponent("Tests/Transcripts")

    /// `../shared/data`, the real third-party data tests may read; nil when it is absent.
    public static var sharedData: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A fresh empty directory for one test.
    public static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

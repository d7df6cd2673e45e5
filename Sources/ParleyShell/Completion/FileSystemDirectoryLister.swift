import Foundation

/// The real file system behind `DirectoryLister`, for the line editor.
public enum FileSystemDirectoryLister {
    /// The entries of `directory`, directories marked (following symbolic links), or nil
    /// when it cannot be read.
    public static func list(_ directory: String) -> [DirectoryEntry]? {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            return nil
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return names.map { name in
            var isDirectory: ObjCBool = false
            let exists = manager.fileExists(atPath: base + name, isDirectory: &isDirectory)
            return DirectoryEntry(name: name, isDirectory: exists && isDirectory.boolValue)
        }
    }
}

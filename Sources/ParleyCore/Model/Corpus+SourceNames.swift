extension Corpus {
    /// Renames a source file as the corpus records it, so utterances show the path the
    /// user typed rather than the absolute path it was read from. Files inside a renamed
    /// directory (a ConvoKit corpus's `utterances.jsonl`) are renamed with it.
    public mutating func renameSourceFile(_ name: String, to newName: String) {
        for index in sourceFiles.indices {
            if sourceFiles[index] == name {
                sourceFiles[index] = newName
            } else if sourceFiles[index].hasPrefix(name + "/") {
                sourceFiles[index] = newName + sourceFiles[index].dropFirst(name.count)
            }
        }
    }
}

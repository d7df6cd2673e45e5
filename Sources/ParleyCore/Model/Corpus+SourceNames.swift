extension Corpus {
    /// Renames a source file as the corpus records it, so utterances show the path the
    /// user typed rather than the absolute path it was read from.
    public mutating func renameSourceFile(_ name: String, to newName: String) {
        for index in sourceFiles.indices where sourceFiles[index] == name {
            sourceFiles[index] = newName
        }
    }
}

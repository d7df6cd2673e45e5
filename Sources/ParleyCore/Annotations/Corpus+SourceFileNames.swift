extension Corpus {
    /// The source files utterances came from, in the order first loaded (what the
    /// workspace stores beside each utterance's line).
    public var sourceFileNames: [String] { sourceFiles }
}

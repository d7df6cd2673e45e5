/// Loads files into a corpus: detects each file's format, streams its records into one
/// ``CorpusBuilder`` and resolves the reply forest once at the end.
public enum CorpusLoader {
    public struct Result: Sendable {
        public var corpus: Corpus
        /// One report per file, in the order given.
        public var reports: [LoadReport]
    }

    /// Loads `paths` (a fresh corpus, or added to `existing`). Throws without side effects:
    /// on any error the caller's corpus is untouched.
    public static func load(
        _ paths: [String], options: LoadOptions, appendingTo existing: Corpus? = nil
    ) throws(LoadError) -> Result {
        // Implemented by the format readers (JSONL, CSV/TSV).
        throw LoadError.unknownFormat(paths.first ?? "")
    }
}

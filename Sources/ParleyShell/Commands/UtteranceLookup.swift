import ParleyCore

/// Finding an utterance by the id a user typed, with a helpful error when it is not there.
enum UtteranceLookup {
    static func index(of id: String, in corpus: Corpus) throws(ShellError) -> Int {
        if let index = corpus.index(ofID: id) { return index }
        if corpus.isEmpty {
            throw ShellError(
                "no utterance '\(id)': no corpus is loaded", suggestion: "see 'help load'")
        }
        // A full edit-distance search over a million ids would stall the prompt; a
        // different letter case is the commonest slip and cheap to check.
        let folded = id.lowercased()
        let match = corpus.utteranceIndices.lazy.map(corpus.id(of:)).first {
            $0.lowercased() == folded
        }
        throw ShellError(
            "no utterance with id '\(id)'", suggestion: match.map { "did you mean '\($0)'?" })
    }
}

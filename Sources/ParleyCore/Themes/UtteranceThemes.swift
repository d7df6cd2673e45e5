/// The themes in force on each utterance of one corpus, and the utterances coders
/// disagree on: what `where theme = …`, `untagged` and `disagreement` read.
public struct UtteranceThemes: Sendable, Equatable {
    /// Theme names by utterance index, for tagged utterances only.
    public private(set) var tags: [Int: [String]]
    /// Utterances with at least one theme two coders decided differently.
    public private(set) var disagreements: Set<Int>

    public init(tags: [Int: [String]] = [:], disagreements: Set<Int> = []) {
        self.tags = tags
        self.disagreements = disagreements
    }

    /// The tags of `ledger` on `corpus` (decisions about ids not in it are left out).
    public init(ledger: TagLedger, corpus: Corpus) {
        var tags: [Int: [String]] = [:]
        for (id, themes) in ledger.currentTags() {
            if let index = corpus.index(ofID: id) { tags[index] = themes }
        }
        let disagreeing = ledger.disagreements().compactMap { corpus.index(ofID: $0.utteranceID) }
        self.init(tags: tags, disagreements: Set(disagreeing))
    }

    public static let none = UtteranceThemes()

    /// The themes of utterance `index`, sorted by name.
    public func themes(of index: Int) -> [String] { tags[index] ?? [] }
}

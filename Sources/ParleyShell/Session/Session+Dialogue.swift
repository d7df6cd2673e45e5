import ParleyCore

/// The session's role state: the analyst's ``RoleBook`` and the roles the data gave, so
/// that a change can be explained and a new `load` gets the same decisions again.
struct DialogueState {
    private(set) var book = RoleBook()
    /// The roles of the current corpus's speakers as loaded, by speaker index.
    private(set) var dataRoles: [Role] = []
    /// Where each speaker's current role came from, by speaker index.
    private(set) var sources: [RoleBook.Source] = []
    /// Set while the session itself rewrites roles, so the corpus's observer keeps the
    /// sentiment scores and the data roles.
    var isChangingRoles = false

    /// A new corpus was loaded: its roles are the data's; the book applies over them.
    mutating func corpusReplaced(_ corpus: inout Corpus) {
        dataRoles = corpus.speakerRoleColumn
        apply(to: &corpus)
    }

    mutating func record(_ change: RoleBook.Change, in corpus: inout Corpus) throws {
        try book.record(change)
        apply(to: &corpus)
    }

    /// Replaces the whole book (for a workspace that stored one).
    mutating func replaceBook(_ new: RoleBook, in corpus: inout Corpus) {
        book = new
        apply(to: &corpus)
    }

    private mutating func apply(to corpus: inout Corpus) {
        if dataRoles.count != corpus.speakerCount { dataRoles = corpus.speakerRoleColumn }
        let resolved = book.resolve(in: corpus, dataRoles: dataRoles)
        sources = resolved.map(\.1)
        corpus.setSpeakerRoles(resolved.map(\.0))
    }
}

extension Session {
    /// Records a role decision and applies it to the current corpus, keeping its scores.
    func recordRole(_ change: RoleBook.Change) throws {
        var corpus = self.corpus
        try dialogue.record(change, in: &corpus)
        dialogue.isChangingRoles = true
        defer { dialogue.isChangingRoles = false }
        self.corpus = corpus
    }

    /// The role book the session applies (for a workspace to store).
    public var roleBook: RoleBook { dialogue.book }

    /// Replaces the role book (for a workspace to restore) and applies it.
    public func setRoleBook(_ book: RoleBook) {
        var corpus = self.corpus
        dialogue.replaceBook(book, in: &corpus)
        dialogue.isChangingRoles = true
        defer { dialogue.isChangingRoles = false }
        self.corpus = corpus
    }

    /// Sentiment scores for the dialogue commands: current ones, computed when missing
    /// (as `sentiment` does), with a note when they were computed now.
    func dialogueScores() throws -> SentimentColumn {
        if let scores = try currentSentimentScores() { return scores }
        let scores = try scoreCorpus()
        note("scored \(scores.count) utterances for sentiment")
        return scores
    }
}

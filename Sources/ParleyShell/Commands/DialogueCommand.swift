import ArgumentParser
import ParleyCore

/// `dialogue [ID]`: responsiveness, sentiment shift and loyalty for the corpus, or the
/// figures of the conversation that contains ID.
struct DialogueCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialogue",
        abstract: "Measure the two-way dialogue: response rate and times, shift, loyalty.",
        usage: "dialogue [ID]",
        discussion: """
            A conversation is customer-started when its root is by a customer and replies \
            to nothing; answered when any organization utterance is in it. First response: \
            the earliest organization utterance timed at or after the root. Reply time: \
            from a customer utterance to its earliest direct organization reply. \
            Exchanges: replies between the sides. Sentiment shift: last minus first \
            compound of each customer in each customer-started conversation. Loyalty: \
            customers in two or more conversations, by how their first one went. Rows \
            named left_out count what a figure could not use and why. Scores the corpus \
            first if it is not scored. See the README for every definition.
            """)

    static let examples = ["dialogue", "dialogue t0001"]

    @Argument(help: "Any utterance of a conversation, for that conversation alone.")
    var id: String?

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .utteranceID : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        let scores = try session.dialogueScores()
        guard let id else {
            let analysis = DialogueAnalysis(corpus: corpus)
            return .table(DialogueTable(analysis, corpus: corpus, scores: scores).table())
        }
        let index = try UtteranceLookup.index(of: id, in: corpus)
        let analysis = DialogueAnalysis(
            corpus: corpus, conversation: corpus.forest.conversation(of: index))
        return .table(
            DialogueTable(analysis, corpus: corpus, scores: scores, isConversation: true).table())
    }
}

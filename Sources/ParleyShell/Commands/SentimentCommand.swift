import ArgumentParser
import ParleyCore

/// `sentiment [where EXPR]`: scores the corpus and summarises it; `sentiment ID`: one
/// utterance's scores and why.
struct SentimentCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score the corpus with VADER and summarise it, or explain one utterance.",
        usage: "sentiment [where EXPR] | sentiment ID",
        discussion: """
            Without ID: scores every utterance (all cores) with the session's lexicon and \
            shows counts and shares of positive (compound >= 0.05), neutral and negative \
            (<= -0.05) utterances, the mean compound overall and by role, and a histogram \
            of compound in ten bins of 0.2. After it, list, show and where know compound, \
            pos, neu, neg and sentiment. With ID: the utterance's scores, each token's \
            lexicon valence and the rules that changed it, punctuation emphasis and the sums.
            """)

    static let examples = ["sentiment", "sentiment where role = customer", "sentiment t0002"]
    static let takesWhere = true

    @Argument(help: "An utterance to explain.")
    var id: String?

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .utteranceID : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        try clauses.refuseVersus()
        if let id {
            let corpus = session.corpus
            let index = try UtteranceLookup.index(of: id, in: corpus)
            let explanation = session.sentiment.analyzer.explanation(for: corpus.text(of: index))
            return .record(SentimentExplanationRecord.record(id: id, explanation))
        }
        let scores = try session.sentimentScoresScoringIfNeeded()
        var clauses = clauses
        clauses.sentiment = scores
        let indices = try clauses.matchingIndices(in: session.corpus)
        return .table(SentimentSummary(indices, scores, session.corpus).table())
    }
}

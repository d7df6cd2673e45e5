import ArgumentParser
import ParleyCore

/// `speaker NAME`: one speaker in the dialogue.
struct SpeakerCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "speaker",
        abstract: "Show one speaker: role and why, conversations, sentiment, reply times.",
        usage: "speaker NAME",
        discussion: """
            Conversations are listed by id (their root) in the order the speaker joined \
            them; started counts the speaker's utterances that reply to nothing. \
            mean_compound is the mean sentiment of the speaker's utterances (the corpus is \
            scored first if it is not). Reply times, for organization speakers: from each \
            customer utterance the speaker replied to directly, to the reply; replies where either side has no \
            time, or the reply is timed before it, are counted in replies_untimed.
            """)

    static let examples = ["speaker MunchBoxCare", "speaker bethany.t"]

    @Argument(help: "The speaker's id.")
    var name: String

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let corpus = session.corpus
        try RoleCommand.checkSpeakers([name], in: corpus)
        guard let speaker = corpus.speakerIndex(ofID: name) else { return .none }
        let scores = try session.dialogueScores()
        let profile = SpeakerProfile(speaker: speaker, corpus: corpus, scores: scores)
        let sources = session.dialogue.sources
        let source = speaker < sources.count ? sources[speaker] : .data
        let conversationIDs = profile.conversations.map {
            Value.string(corpus.id(of: corpus.forest.roots[$0]))
        }
        return .record(
            Record([
                .init("speaker", .string(name)),
                .init("role", .string(corpus.speakerRoleColumn[speaker].rawValue)),
                .init("role_reason", .string(RolesCommand.reason(source))),
                .init("utterances", .int(profile.utterances)),
                .init("conversations", .int(profile.conversations.count)),
                .init("started", .int(profile.started)),
                .init("mean_compound", .optional(profile.meanCompound, Value.double)),
                .init("replies_to_customers", .int(profile.repliesToCustomers)),
                .init("reply_time_median", .optional(profile.replyTime.median, Value.duration)),
                .init("reply_time_p90", .optional(profile.replyTime.p90, Value.duration)),
                .init("replies_untimed", .int(profile.untimedReplies)),
                .init("conversation_ids", .list(conversationIDs)),
            ]))
    }
}

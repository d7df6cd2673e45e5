import ParleyCore
import ParleyTestSupport

/// A small corpus whose dialogue figures are worked out by hand in the tests. `Brand` is
/// the organization; times are seconds.
///
/// ```
/// a (customer-started, answered; ties; the organization replying to itself)
///   a1 ann   0   "Where is my order?"        compound -0.5
///   ├ a2 Brand 600                            (first response: 600 s, tied with a3)
///   │ ├ a4 ann 900 "ok"                      compound 0.25
///   │ └ a5 Brand 700 (replies to Brand: not an exchange)
///   │   └ a6 ann 900 (same second as a4: later in input, so ann's last)  compound 0.5
///   └ a3 Brand 600
/// b (customer-started; only a customer replies: unanswered)
///   b1 bob 1000 "Anyone else lose signal?"  └ b2 cat 1100 "Me too?"
/// c (answered; root untimed)            c1 dan -  └ c2 Brand 5000
/// d (answered; the reply untimed)       d1 eve 2000 └ d2 Brand - └ d3 eve -
/// e (orphan: e1 replies to missing zzz) e1 ann 3000 └ e2 Brand 3100
/// f (organization-started)              f1 Brand 4000 └ f2 bob 4100 "Thanks?"
/// ```
enum DialogueFixtureCorpus {
    static func make() throws -> Corpus {
        let org = Role.organization
        return try TestCorpora.make([
            .init("a1", speaker: "ann", text: "Where is my order?", time: 0),
            .init("a2", parent: "a1", speaker: "Brand", time: 600, role: org),
            .init("a3", parent: "a1", speaker: "Brand", time: 600, role: org),
            .init("a4", parent: "a2", speaker: "ann", text: "ok", time: 900),
            .init("a5", parent: "a2", speaker: "Brand", time: 700, role: org),
            .init("a6", parent: "a5", speaker: "ann", time: 900),
            .init("b1", speaker: "bob", text: "Anyone else lose signal?", time: 1000),
            .init("b2", parent: "b1", speaker: "cat", text: "Me too?", time: 1100),
            .init("c1", speaker: "dan", text: "Hello"),
            .init("c2", parent: "c1", speaker: "Brand", time: 5000, role: org),
            .init("d1", speaker: "eve", time: 2000),
            .init("d2", parent: "d1", speaker: "Brand", role: org),
            .init("d3", parent: "d2", speaker: "eve"),
            .init("e1", parent: "zzz", speaker: "ann", time: 3000),
            .init("e2", parent: "e1", speaker: "Brand", time: 3100, role: org),
            .init("f1", speaker: "Brand", time: 4000, role: org),
            .init("f2", parent: "f1", speaker: "bob", text: "Thanks? ", time: 4100),
        ])
    }

    /// Compound scores: a1 -0.5, a4 0.25, a6 0.5, every other utterance 0.
    static func scores(for corpus: Corpus) -> SentimentColumn {
        var column = SentimentColumn(count: corpus.utteranceCount)
        for (id, compound) in [("a1", -0.5), ("a4", 0.25), ("a6", 0.5)] {
            if let index = corpus.index(ofID: id) {
                column[index] = SentimentScores(
                    negative: 0, neutral: 1, positive: 0, compound: compound)
            }
        }
        return column
    }

    static func conversation(_ rootID: String, in corpus: Corpus) -> Int {
        corpus.index(ofID: rootID).map { corpus.forest.conversation(of: $0) } ?? -1
    }
}

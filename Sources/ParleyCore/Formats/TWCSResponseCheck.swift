/// Cross-checks TWCS's two views of the reply links: each tweet's `response_tweet_id`
/// list against the replies' `in_response_to_tweet_id`. Only tweets loaded from the
/// report's file are checked, and ids outside the corpus are not disagreements (an
/// excerpt cuts threads).
enum TWCSResponseCheck {
    static func run(on corpus: Corpus, report: inout LoadReport) {
        for index in corpus.utteranceIndices {
            guard let source = corpus.source(of: index), source.file == report.file else {
                continue
            }
            let id = corpus.id(of: index)
            let listed = responses(of: index, in: corpus)
            for response in listed {
                guard let reply = corpus.index(ofID: response) else { continue }
                let parent = corpus.replyTo(of: reply)
                if parent != id {
                    report.record(
                        LoadProblem(
                            source, .warning,
                            "response_tweet_id lists '\(response)', which replies to "
                                + (parent.map { "'\($0)'" } ?? "nothing")))
                }
            }
            if let parent = corpus.forest.parent(of: index),
                corpus.source(of: parent)?.file == report.file,
                !responses(of: parent, in: corpus).contains(id)
            {
                report.record(
                    LoadProblem(
                        source, .warning,
                        "replies to '\(corpus.id(of: parent))', whose response_tweet_id "
                            + "does not list it"))
            }
        }
    }

    private static func responses(of index: Int, in corpus: Corpus) -> [String] {
        guard let value = corpus.metadata.value(of: index, key: TWCSReader.Column.responses)
        else { return [] }
        return value.text.split(separator: ",").map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
    }
}

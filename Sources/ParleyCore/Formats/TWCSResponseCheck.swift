/// Cross-checks TWCS's two views of the reply links: each tweet's `response_tweet_id`
/// list against the replies' `in_response_to_tweet_id`. Only tweets loaded from the
/// report's file are checked, and ids outside the corpus are not disagreements (an
/// excerpt cuts threads).
///
/// Each list is read once: a reply its parent lists is marked, so a reply's own check
/// needs no second look at the parent's list (reading the parent's list again for every
/// reply took a tenth of a 1M-row load).
enum TWCSResponseCheck {
    static func run(on corpus: Corpus, report: inout LoadReport) {
        guard let key = corpus.metadata.keyNumber(TWCSReader.Column.responses) else {
            checkUnlisted(corpus, report: &report, listed: [], listWarnings: [])
            return
        }
        var listed = [Bool](repeating: false, count: corpus.utteranceCount)
        var listWarnings: [LoadProblem] = []
        for index in corpus.utteranceIndices {
            guard let source = source(of: index, in: corpus, file: report.file),
                let value = corpus.metadata.value(of: index, keyNumber: key)
            else { continue }
            for response in value.text.split(separator: ",") {
                let trimmed = String(response).trimmingSpaces
                guard !trimmed.isEmpty, let reply = corpus.index(ofID: trimmed) else { continue }
                if corpus.forest.parent(of: reply) == index {
                    listed[reply] = true
                    continue
                }
                let parent = corpus.replyTo(of: reply)
                guard parent != corpus.id(of: index) else { continue }
                listWarnings.append(
                    LoadProblem(
                        source, .warning,
                        "response_tweet_id lists '\(trimmed)', which replies to "
                            + (parent.map { "'\($0)'" } ?? "nothing")))
            }
        }
        checkUnlisted(corpus, report: &report, listed: listed, listWarnings: listWarnings)
    }

    /// Reports each reply its parent's list leaves out, with the list warnings in the
    /// order of the tweets they belong to.
    private static func checkUnlisted(
        _ corpus: Corpus, report: inout LoadReport, listed: [Bool], listWarnings: [LoadProblem]
    ) {
        var pending = listWarnings[...]
        for index in corpus.utteranceIndices {
            guard let source = source(of: index, in: corpus, file: report.file) else {
                continue
            }
            while let next = pending.first, next.location == source {
                report.record(next)
                pending = pending.dropFirst()
            }
            guard let parent = corpus.forest.parent(of: index),
                Self.source(of: parent, in: corpus, file: report.file) != nil,
                !(listed.indices.contains(index) && listed[index])
            else { continue }
            report.record(
                LoadProblem(
                    source, .warning,
                    "replies to '\(corpus.id(of: parent))', whose response_tweet_id "
                        + "does not list it"))
        }
        for problem in pending { report.record(problem) }
    }

    private static func source(of index: Int, in corpus: Corpus, file: String)
        -> SourceLocation?
    {
        guard let source = corpus.source(of: index), source.file == file else { return nil }
        return source
    }
}

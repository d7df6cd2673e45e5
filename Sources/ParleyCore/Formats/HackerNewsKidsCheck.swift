/// Cross-checks Hacker News' two views of the reply links, as ``TWCSResponseCheck`` does
/// for TWCS: each item's `kids` against the kids' `parent`. Only items loaded from the
/// report's file are checked, and ids outside the corpus are not disagreements (an export
/// cuts threads). Also counts the `dead` and `deleted` items kept, in one warning.
enum HackerNewsKidsCheck {
    static func run(on corpus: Corpus, report: inout LoadReport) {
        var dead = 0
        var deleted = 0
        var firstFlagged: SourceLocation?
        for index in corpus.utteranceIndices {
            guard let source = corpus.source(of: index), source.file == report.file else {
                continue
            }
            let isDead = isTrue(corpus, index, "dead")
            let isDeleted = isTrue(corpus, index, "deleted")
            if isDead { dead += 1 }
            if isDeleted { deleted += 1 }
            if firstFlagged == nil, isDead || isDeleted { firstFlagged = source }
            checkKids(of: index, at: source, in: corpus, report: &report)
        }
        if let firstFlagged {
            report.record(
                LoadProblem(
                    firstFlagged, .warning,
                    "kept \(dead) dead and \(deleted) deleted items (metadata dead, deleted)"))
        }
    }

    private static func checkKids(
        of index: Int, at source: SourceLocation, in corpus: Corpus, report: inout LoadReport
    ) {
        let id = corpus.id(of: index)
        for kid in kids(of: index, in: corpus) {
            guard let reply = corpus.index(ofID: kid) else { continue }
            let parent = corpus.replyTo(of: reply)
            if parent != id {
                report.record(
                    LoadProblem(
                        source, .warning,
                        "kids lists '\(kid)', whose parent is "
                            + (parent.map { "'\($0)'" } ?? "none")))
            }
        }
        if let parent = corpus.forest.parent(of: index),
            corpus.source(of: parent)?.file == report.file,
            corpus.metadata.value(of: parent, key: "kids") != nil
                || corpus.metadata.value(of: parent, key: "parts") != nil,
            !kids(of: parent, in: corpus).contains(id)
        {
            report.record(
                LoadProblem(
                    source, .warning,
                    "replies to '\(corpus.id(of: parent))', whose kids do not list it"))
        }
    }

    /// The ids in an item's `kids` and (a poll's options) `parts` arrays: numbers in the
    /// API; strings are accepted.
    private static func kids(of index: Int, in corpus: Corpus) -> [String] {
        ["kids", "parts"].flatMap { key in listed(of: index, key: key, in: corpus) }
    }

    private static func listed(of index: Int, key: String, in corpus: Corpus) -> [String] {
        guard let value = corpus.metadata.value(of: index, key: key) else { return [] }
        return value.text.split { !($0.isNumber || $0.isLetter || $0 == "_" || $0 == "-") }
            .map(String.init)
    }

    private static func isTrue(_ corpus: Corpus, _ index: Int, _ key: String) -> Bool {
        corpus.metadata.value(of: index, key: key)?.text == "true"
    }
}

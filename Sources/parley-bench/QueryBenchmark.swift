import ParleyCore

/// `parley-bench query FILE`: loads FILE, then times issue 6's four figures on it, and the
/// two regular expression engines side by side (POSIX `regexec` on the text bytes, which
/// Parley uses, against Swift `Regex` on Strings). Prints one JSON line per figure.
///
/// The figures are measured in this process after the load, as an explorer would meet
/// them at the prompt: compile the expression, scan the corpus, build the result.
enum QueryBenchmark {
    /// A regex over text and a numeric comparison: issue 6's first figure.
    static let whereExpression = "text ~ 'money|price' and meta.score > 20"
    /// A word in most generated comments.
    static let kwicWord = "thanks"
    static let compareA = "is_root"
    static let compareB = "not is_root"
    static let regexPattern = "money|price"

    static func run(_ options: BenchOptions) throws {
        let corpus = try CorpusLoader.load([options.file], options: LoadOptions()).corpus
        try timeWhere(corpus)
        timeCountBySpeaker(corpus)
        timeKwic(corpus)
        try timeTermsCompare(corpus)
        try compareRegexEngines(corpus)
    }

    private static func report(_ figure: String, _ seconds: Double, _ result: String) {
        print("{\"figure\": \"\(figure)\", \"seconds\": \(seconds), \"result\": \"\(result)\"}")
    }

    private static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = monotonicSeconds()
        let value = try body()
        return (value, monotonicSeconds() - start)
    }

    private static func timeWhere(_ corpus: Corpus) throws {
        let (count, seconds) = try timed {
            try QueryPredicate(QueryParser.parse(whereExpression), in: corpus).count()
        }
        report("where \(whereExpression)", seconds, "\(count) utterances")
    }

    private static func timeCountBySpeaker(_ corpus: Corpus) {
        let (groups, seconds) = timed {
            UtteranceGrouping.count(in: corpus, by: .speaker, where: { _ in true })
        }
        report("count by speaker", seconds, "\(groups.count) speakers")
    }

    /// Every hit found, and every line made (what `mode jsonl` writes); table mode makes
    /// only the lines it shows.
    private static func timeKwic(_ corpus: Corpus) {
        guard let phrase = PhraseMatcher(kwicWord) else { return }
        let (hits, findSeconds) = timed {
            KeywordInContext.hits(
                in: corpus, limit: nil, where: { _ in true },
                find: { phrase.firstMatch(in: $0, from: $1) })
        }
        let (characters, lineSeconds) = timed {
            hits.reduce(0) { total, hit in
                let line = KeywordInContext.line(for: hit, in: corpus, width: 30)
                return total + line.left.utf8.count + line.right.utf8.count
            }
        }
        report("kwic \(kwicWord) (find)", findSeconds, "\(hits.count) hits")
        report(
            "kwic \(kwicWord) (find and make every line)", findSeconds + lineSeconds,
            "\(characters) context bytes")
    }

    private static func timeTermsCompare(_ corpus: Corpus) throws {
        let (comparison, seconds) = try timed {
            let a = try QueryPredicate(QueryParser.parse(compareA), in: corpus)
            let b = try QueryPredicate(QueryParser.parse(compareB), in: corpus)
            return GroupComparison.compare(
                in: corpus, limit: 10, groupA: a.matches, groupB: b.matches)
        }
        let top = comparison.towardA.first?.term ?? "-"
        report("terms compare where \(compareA) vs \(compareB)", seconds, "top A: \(top)")
    }

    private static func compareRegexEngines(_ corpus: Corpus) throws {
        let posix = try POSIXRegex(regexPattern)
        let (posixCount, posixSeconds) = timed {
            corpus.utteranceIndices.reduce(0) { total, index in
                total + (corpus.withTextBytes(of: index) { posix.matches($0) } ? 1 : 0)
            }
        }
        report("regex POSIX regexec \(regexPattern)", posixSeconds, "\(posixCount) matches")
        let swiftRegex = try Regex(regexPattern).ignoresCase()
        let (swiftCount, swiftSeconds) = timed {
            corpus.utteranceIndices.reduce(0) { total, index in
                total + (corpus.text(of: index).contains(swiftRegex) ? 1 : 0)
            }
        }
        report("regex Swift Regex \(regexPattern)", swiftSeconds, "\(swiftCount) matches")
    }
}

import ParleyCore

/// `parley-bench tag-auto FILE`: loads FILE, then times `tag auto` with a 30-theme
/// codebook (issue 8: under 3 s on 1M utterances): the rules over every utterance on all
/// cores, then recording the tags in a ledger as the shell does. One JSON line per figure.
enum TagAutoBenchmark {
    static let themeCount = 30
    /// Single-word keywords per theme, besides one two-word phrase.
    static let keywordsPerTheme = 6
    /// Every tenth theme also has a regular expression.
    static let patternEvery = 10

    /// Themes built from the generator's content words (past the function words), so
    /// that rules do match: keywords, a phrase, an exclusion and some patterns.
    static func codebook() throws -> Codebook {
        let content = Array(WordList.words.dropFirst(120))
        var themes: [Theme] = []
        for number in 0..<themeCount {
            var keywords: [String] = []
            for offset in 0..<keywordsPerTheme {
                keywords.append(content[(number * keywordsPerTheme + offset) % content.count])
            }
            let first = content[(number * 7) % content.count]
            let second = content[(number * 7 + 1) % content.count]
            keywords.append("\(first) \(second)")
            let patterns = number % patternEvery == 0 ? ["\(keywords[0])(s|ed)? (is|was)"] : []
            let exclude = [content[(number * 5 + 3) % content.count]]
            themes.append(
                Theme(
                    name: "theme\(number)", keywords: keywords, patterns: patterns,
                    exclude: exclude))
        }
        return try Codebook(themes: themes)
    }

    static func run(_ options: BenchOptions) throws {
        let corpus = try CorpusLoader.load([options.file], options: LoadOptions()).corpus
        let codebook = try codebook()
        let start = monotonicSeconds()
        let tags = try AutoTagger.tags(of: corpus, codebook: codebook)
        let matched = monotonicSeconds()
        var ledger = TagLedger()
        let outcome = ledger.recordRuleRun(
            tags.map { (corpus.id(of: $0.utterance), $0.theme, $0.evidence) }, scope: nil,
            time: 0)
        let recorded = monotonicSeconds()
        let utterances = corpus.utteranceCount
        report("tag auto: rules (\(themeCount) themes)", matched - start, "\(tags.count) tags")
        report("tag auto: ledger", recorded - matched, "\(outcome.applied) decisions")
        report(
            "tag auto: total", recorded - start,
            "\(utterances) utterances, \(Set(tags.map(\.utterance)).count) tagged")
    }

    private static func report(_ figure: String, _ seconds: Double, _ result: String) {
        print("{\"figure\": \"\(figure)\", \"seconds\": \(seconds), \"result\": \"\(result)\"}")
    }
}

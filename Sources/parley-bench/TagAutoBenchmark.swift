import ParleyCore

/// `parley-bench tag-auto FILE`: loads FILE, then times `tag auto` with a 30-theme
/// codebook (issue 8: under 3 s on 1M utterances): the rules over every utterance on all
/// cores, then recording the tags in a ledger as the shell does. One JSON line per figure.
enum TagAutoBenchmark {
    static let themeCount = 30
    /// Keywords per theme that never occur in generated text (still looked up), as most
    /// of a real codebook's words are rare in any one comment.
    static let rareKeywordsPerTheme = 4
    /// Two-word phrases of generated words per theme.
    static let phrasesPerTheme = 2
    /// Every third theme also has one common word (each is in about a fifth of the
    /// generated comments) and an exclusion; every tenth a regular expression.
    static let commonWordEvery = 3
    static let patternEvery = 10

    /// Themes built so that generated comments carry one or two tags on average, through
    /// every kind of rule: words, phrases, exclusions and patterns.
    static func codebook() throws -> Codebook {
        let content = Array(WordList.words.dropFirst(120))
        func word(_ position: Int) -> String { content[position % content.count] }
        var themes: [Theme] = []
        for number in 0..<themeCount {
            var theme = Theme(name: "theme\(number)")
            for rare in 0..<rareKeywordsPerTheme {
                theme.keywords.append("zq\(number)x\(rare)")
            }
            for phrase in 0..<phrasesPerTheme {
                theme.keywords.append(word(number * 7 + phrase * 3) + " " + word(number * 7 + 1))
            }
            if number % commonWordEvery == 0 {
                theme.keywords.append(word(number * 5))
                theme.exclude.append(word(number * 5 + 2))
            }
            if number % patternEvery == 0 {
                theme.patterns.append(word(number * 11) + "(s|ed)? (is|was)")
            }
            themes.append(theme)
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

import ParleyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `parley-bench topics FILE [--count N] [--seed S] [--python P] [--data DIR]`: topic
/// discovery with k = 20 on N texts (default 100,000), Parley against scikit-learn's
/// `TfidfVectorizer` + `NMF(20, init='nndsvda', solver='cd')` in the same run.
///
/// Same input: FILE gets the raw texts; FILE.tokens the same texts as Parley's tokens
/// (lower case, stop words out, space-separated), which scikit-learn reads with
/// `token_pattern=r"\S+"`, so both have exactly the same vocabulary, pruning (`min_df=2`,
/// `max_df=0.95`) and TF-IDF. Parley's time includes tokenising the raw texts; Python's
/// excludes its start-up and imports. Same NPMI: scikit-learn's top ten terms per topic are
/// scored by Parley's ``TopicCoherence`` on the same matrix.
///
/// The machine may be shared, so each row gives CPU seconds (all threads) beside wall time.
enum TopicsBenchmark {
    static let topicCount = 20

    static func run(_ options: BenchOptions) throws {
        let count = options.countGiven ? options.count : 100_000
        let texts = try TopicTexts.collect(count: count, dataDirectory: options.data)
        try TopicTexts.writeLines(texts, to: options.file)
        let start = monotonicSeconds()
        let cpuStart = cpuSeconds()
        let matrix = try DocumentTermMatrix(texts: texts)
        let discovery = try TopicDiscovery.discover(
            in: matrix, options: .init(topicCount: topicCount, seed: options.seed))
        let seconds = monotonicSeconds() - start
        let cpu = cpuSeconds() - cpuStart
        let coherence = TopicCoherence(counts: matrix.counts, terms: matrix.terms)
        print(
            "texts: \(count) (\(options.file)), terms kept: \(matrix.terms.count), k = \(topicCount)"
        )
        let parleyTerms = discovery.topics.map(\.terms)
        var rows = [row("parley", seconds, cpu, discovery.iterations, parleyTerms, coherence)]
        try TopicTexts.writeLines(tokenized(texts), to: options.file + ".tokens")
        rows.append(try scikitLearn(options, coherence: coherence))
        for line in rows { print(line) }
    }

    private static func row(
        _ tool: String, _ seconds: Double, _ cpu: Double, _ iterations: Int, _ terms: [[String]],
        _ coherence: TopicCoherence
    ) -> String {
        let scores = terms.map { coherence.npmi(Array($0.prefix(TopicCoherence.defaultTermCount))) }
        let mean = scores.reduce(0, +) / Double(max(scores.count, 1))
        return pad(tool, 14) + pad(Compare.fixed(seconds, 2) + " s", 10)
            + pad("(CPU " + Compare.fixed(cpu, 2) + " s)", 16)
            + pad("\(iterations) iterations", 16) + "NPMI " + Compare.fixed(mean, 4)
            + "  diversity " + Compare.fixed(TopicCoherence.diversity(terms), 3)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// Each text as its words (stop words out), space-separated.
    static func tokenized(_ texts: [String]) -> [String] {
        texts.map { Tokenizer.words($0).filter { !StopWords.contains($0) }.joined(separator: " ") }
    }

    private static func scikitLearn(_ options: BenchOptions, coherence: TopicCoherence) throws
        -> String
    {
        let script = "/tmp/parley-bench-topics-\(getpid()).py"
        try TopicTexts.writeLines([pythonCode], to: script)
        defer { unlink(script) }
        let output: String
        do {
            output = try outputOf(
                options.python,
                [script, options.file + ".tokens", "\(topicCount)", "\(options.seed)"])
        } catch let error as BenchError {
            return pad("scikit-learn", 14) + "failed: \(error.description) (needs scikit-learn)"
        }
        var lines = output.split(separator: "\n").map(String.init)
        guard lines.count >= 3, let seconds = Double(lines[0]), let cpu = Double(lines[1]),
            let iterations = Int(lines[2])
        else { return pad("scikit-learn", 14) + "no result: \(output)" }
        lines.removeFirst(3)
        let terms = lines.map { $0.split(separator: " ").map(String.init) }
        return row("scikit-learn", seconds, cpu, iterations, terms, coherence)
    }

    /// Prints the wall and CPU seconds of vectorising and fitting (CPU time counts every
    /// thread, BLAS's too), the iterations, then each topic's top
    /// 25 terms on one line.
    static let pythonCode = """
        import sys, time
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.decomposition import NMF
        path, k, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
        with open(path, encoding="utf-8") as handle:
            texts = handle.read().split("\\n")[:-1]
        start, cpu_start = time.monotonic(), time.process_time()
        vectorizer = TfidfVectorizer(token_pattern=r"\\S+", lowercase=False, min_df=2, max_df=0.95)
        matrix = vectorizer.fit_transform(texts)
        model = NMF(n_components=k, init="nndsvda", solver="cd", max_iter=200, tol=1e-4,
                    random_state=seed)
        model.fit_transform(matrix)
        seconds, cpu = time.monotonic() - start, time.process_time() - cpu_start
        terms = vectorizer.get_feature_names_out()
        print(seconds)
        print(cpu)
        print(model.n_iter_)
        for row in model.components_:
            print(" ".join(terms[i] for i in row.argsort()[::-1][:25]))
        """
}

/// CPU seconds this process has used so far, all threads, user and system.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

import ParleyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `parley-bench topics FILE [--count N] [--seed S] [--python P] [--data DIR]`: topic
/// discovery with k = 20 on N texts (default 100,000), Parley against scikit-learn's
/// `TfidfVectorizer` + `NMF(20, init='nndsvda', solver='cd')` in the same run, for three
/// seeds (S, S+1, S+2): the sweeps coordinate descent needs depend on the start, which
/// depends on the seed, so one seed can flatter either tool.
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
    static let seedCount = 3

    /// One fit's figures.
    struct Run {
        var seconds: Double
        var cpu: Double
        var iterations: Int
        var terms: [[String]]
    }

    static func run(_ options: BenchOptions) throws {
        let count = options.countGiven ? options.count : 100_000
        let texts = try TopicTexts.collect(count: count, dataDirectory: options.data)
        try TopicTexts.writeLines(texts, to: options.file)
        try TopicTexts.writeLines(tokenized(texts), to: options.file + ".tokens")
        let seeds = (0..<UInt64(seedCount)).map { options.seed + $0 }
        var parley: [Run] = []
        var matrix: DocumentTermMatrix?
        for seed in seeds {
            let (run, built) = try parleyRun(texts, seed: seed)
            parley.append(run)
            matrix = built
        }
        guard let matrix else { return }
        print("texts: \(count) (\(options.file)), terms kept: \(matrix.terms.count), k = 20")
        let coherence = TopicCoherence(counts: matrix.counts, terms: matrix.terms)
        let scikit = scikitLearn(options, seeds: seeds)
        for (index, seed) in seeds.enumerated() {
            print(row("parley", seed, parley[index], coherence))
            if case .success(let runs) = scikit, index < runs.count {
                print(row("scikit-learn", seed, runs[index], coherence))
            }
        }
        print(total("parley", parley, coherence))
        switch scikit {
        case .success(let runs): print(total("scikit-learn", runs, coherence))
        case .failure(let error): print(pad("scikit-learn", 14) + error.description)
        }
    }

    private static func parleyRun(_ texts: [String], seed: UInt64) throws
        -> (Run, DocumentTermMatrix)
    {
        let start = monotonicSeconds()
        let cpuStart = cpuSeconds()
        let matrix = try DocumentTermMatrix(texts: texts)
        let discovery = try TopicDiscovery.discover(
            in: matrix, options: .init(topicCount: topicCount, seed: seed))
        let run = Run(
            seconds: monotonicSeconds() - start, cpu: cpuSeconds() - cpuStart,
            iterations: discovery.iterations, terms: discovery.topics.map(\.terms))
        return (run, matrix)
    }

    private static func meanNPMI(_ terms: [[String]], _ coherence: TopicCoherence) -> Double {
        let scores = terms.map { coherence.npmi(Array($0.prefix(TopicCoherence.defaultTermCount))) }
        return scores.reduce(0, +) / Double(max(scores.count, 1))
    }

    private static func row(_ tool: String, _ seed: UInt64, _ run: Run, _ coherence: TopicCoherence)
        -> String
    {
        pad(tool, 14) + pad("seed \(seed)", 8) + pad(Compare.fixed(run.seconds, 2) + " s", 10)
            + pad("(CPU " + Compare.fixed(run.cpu, 2) + " s)", 16)
            + pad("\(run.iterations) sweeps", 11) + "NPMI "
            + Compare.fixed(meanNPMI(run.terms, coherence), 4) + "  diversity "
            + Compare.fixed(TopicCoherence.diversity(run.terms), 3)
    }

    private static func total(_ tool: String, _ runs: [Run], _ coherence: TopicCoherence)
        -> String
    {
        let npmi = runs.map { meanNPMI($0.terms, coherence) }.reduce(0, +)
        return pad(tool, 14) + pad("all", 8)
            + pad(Compare.fixed(runs.map(\.seconds).reduce(0, +), 2) + " s", 10)
            + pad("(CPU " + Compare.fixed(runs.map(\.cpu).reduce(0, +), 2) + " s)", 16)
            + pad("\(runs.map(\.iterations).reduce(0, +)) sweeps", 11) + "NPMI "
            + Compare.fixed(npmi / Double(max(runs.count, 1)), 4) + " (mean)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// Each text as its words (stop words out), space-separated.
    static func tokenized(_ texts: [String]) -> [String] {
        texts.map { Tokenizer.words($0).filter { !StopWords.contains($0) }.joined(separator: " ") }
    }

    private static func scikitLearn(_ options: BenchOptions, seeds: [UInt64])
        -> Result<[Run], BenchError>
    {
        let script = "/tmp/parley-bench-topics-\(getpid()).py"
        defer { unlink(script) }
        let output: String
        do {
            try TopicTexts.writeLines([pythonCode], to: script)
            output = try outputOf(
                options.python,
                [script, options.file + ".tokens", "\(topicCount)"] + seeds.map { "\($0)" })
        } catch {
            return .failure(BenchError(description: "failed: \(error) (needs scikit-learn)"))
        }
        var lines = output.split(separator: "\n").map(String.init)[...]
        var runs: [Run] = []
        while lines.count >= 3 + topicCount {
            guard let seconds = Double(lines[lines.startIndex]),
                let cpu = Double(lines[lines.startIndex + 1]),
                let iterations = Int(lines[lines.startIndex + 2])
            else { break }
            lines = lines.dropFirst(3)
            let terms = lines.prefix(topicCount).map { $0.split(separator: " ").map(String.init) }
            lines = lines.dropFirst(topicCount)
            runs.append(Run(seconds: seconds, cpu: cpu, iterations: iterations, terms: terms))
        }
        guard runs.count == seeds.count else {
            return .failure(BenchError(description: "no result: \(output)"))
        }
        return .success(runs)
    }

    /// For each seed: the wall and CPU seconds of vectorising and fitting (CPU time counts
    /// every thread, BLAS's too), the sweeps, then each topic's top 25 terms on a line.
    static let pythonCode = """
        import sys, time
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.decomposition import NMF
        path, k, seeds = sys.argv[1], int(sys.argv[2]), [int(s) for s in sys.argv[3:]]
        with open(path, encoding="utf-8") as handle:
            texts = handle.read().split("\\n")[:-1]
        for seed in seeds:
            start, cpu_start = time.monotonic(), time.process_time()
            vectorizer = TfidfVectorizer(
                token_pattern=r"\\S+", lowercase=False, min_df=2, max_df=0.95)
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

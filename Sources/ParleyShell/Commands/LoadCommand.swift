import ArgumentParser
import ParleyCore

/// `load FILE... [--map FIELD=NAME]... [--format F] [--strict] [--append]
/// [--include-unapproved]`
struct LoadCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Read corpus files (JSON Lines, CSV, TSV) into the session.",
        discussion: """
            Fields are detected by name (id, parent, author, text, time and common \
            aliases); --map names them when detection picks wrong. Bad records are \
            reported as FILE:LINE and skipped; --strict stops at the first and loads \
            nothing. On any error the current corpus is kept.
            """)

    static let examples = [
        "load corpora/support-conversations.csv",
        "load corpora/quality-blog.jsonl --map speaker=author --strict",
    ]

    /// Problems listed after a load; `problems` shows more.
    static let shownProblemLimit = 10
    static let shownCycleLimit = 5

    @Argument(help: "The files to read.")
    var files: [String] = []

    @Option(
        name: .customLong("map"),
        help: ArgumentHelp(
            "Read FIELD (id, parent, speaker, text, time, role) from the source field NAME.",
            valueName: "FIELD=NAME"))
    var mappings: [String] = []

    @Option(help: ArgumentHelp("jsonl, csv or tsv (default: detected).", valueName: "FORMAT"))
    var format: String?

    @Flag(help: "Stop at the first bad record; nothing is loaded.")
    var strict = false

    @Flag(help: "Add to the current corpus instead of replacing it.")
    var append = false

    @Flag(
        help: ArgumentHelp(
            "Keep what an export hides: WordPress unapproved, spam and trashed comments, "
                + "Disqus deleted and spam posts."))
    var includeUnapproved = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to load") }
    }

    static func argumentKind(after words: [String]) -> ArgumentKind {
        switch words.last {
        case "--format": .choices(CorpusFormat.allCases.map(\.rawValue))
        case "--map": .choices(UtteranceField.allCases.map { $0.rawValue + "=" })
        default: .filePath
        }
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        var options = LoadOptions(
            fieldNames: try fieldNames(), policy: strict ? .stop : .skip,
            format: try corpusFormat(), cancellation: session.options.cancellation)
        options.includeUnapproved = includeUnapproved
        let opened = files.map(session.resolve)
        var loaded: CorpusLoader.Result
        do {
            loaded = try CorpusLoader.load(
                opened, options: options, appendingTo: append ? session.corpus : nil)
        } catch {
            throw error.named(using: Dictionary(zip(opened, files)) { first, _ in first })
        }
        for (typed, report) in zip(files, loaded.reports) where typed != report.file {
            loaded.corpus.renameSourceFile(report.file, to: typed)
        }
        loaded.reports = zip(files, loaded.reports).map { $1.named(as: $0) }
        session.corpus = loaded.corpus
        session.loadReports = (append ? session.loadReports : []) + loaded.reports
        reportProblems(loaded.reports, to: session)
        reportExclusions(loaded.reports, to: session)
        reportStructure(of: loaded.corpus, to: session)
        return .table(Self.summary(of: loaded.reports))
    }

    private func fieldNames() throws(ShellError) -> [UtteranceField: String] {
        var names: [UtteranceField: String] = [:]
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            let fields = UtteranceField.allCases.map(\.rawValue)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw ShellError("--map takes FIELD=NAME, not '\(mapping)'")
            }
            guard let field = UtteranceField(rawValue: parts[0]) else {
                throw ShellError(
                    "--map: unknown field '\(parts[0])'; fields are "
                        + fields.joined(separator: ", "),
                    suggestion: Suggestions.didYouMean(parts[0], among: fields))
            }
            names[field] = parts[1]
        }
        return names
    }

    private func corpusFormat() throws(ShellError) -> CorpusFormat? {
        guard let format else { return nil }
        guard let known = CorpusFormat(rawValue: format.lowercased()) else {
            let formats = CorpusFormat.allCases.map(\.rawValue)
            throw ShellError(
                "unknown format '\(format)'; formats are " + formats.joined(separator: ", "),
                suggestion: Suggestions.didYouMean(format, among: formats))
        }
        return known
    }

    private func reportProblems(_ reports: [LoadReport], to session: Session) {
        let problems = reports.flatMap(\.problems)
        for problem in problems.prefix(Self.shownProblemLimit) {
            session.note(problem.description)
        }
        let unshown = reports.map(\.problemCount).reduce(0, +) - Self.shownProblemLimit
        if unshown > 0 {
            session.note("… \(unshown) more problems ('problems' lists them)")
        }
    }

    private func reportExclusions(_ reports: [LoadReport], to session: Session) {
        for report in reports where !report.excluded.isEmpty {
            let total = report.excluded.values.reduce(0, +)
            let parts = report.excluded.sorted { $0.key < $1.key }
                .map { "\($0.value) \($0.key.rawValue)" }
            session.note(
                "note: \(report.file): \(total) \(total == 1 ? "record" : "records") left out ("
                    + parts.joined(separator: ", ") + "); --include-unapproved keeps them")
        }
    }

    private func reportStructure(of corpus: Corpus, to session: Session) {
        let cycles = corpus.forest.brokenCycles
        for cycle in cycles.prefix(Self.shownCycleLimit) {
            let ids = cycle.members.prefix(6).map { corpus.id(of: $0) }
            let chain = (ids + [ids[0]]).joined(separator: " → ")
            let place = corpus.source(of: cycle.brokenAt).map { " (\($0))" } ?? ""
            session.note(
                "warning: reply cycle \(cycle.members.count > 6 ? "… " : "")\(chain) broken at "
                    + "'\(ids[0])'\(place): it now starts a conversation")
        }
        if cycles.count > Self.shownCycleLimit {
            session.note("… \(cycles.count - Self.shownCycleLimit) more reply cycles broken")
        }
        let orphans = corpus.forest.orphans.count
        if orphans > 0 {
            session.note(
                "note: \(orphans) \(orphans == 1 ? "reply names a parent" : "replies name parents")"
                    + " not in the corpus; each starts a conversation (orphans)")
        }
    }

    static func summary(of reports: [LoadReport]) -> Table {
        Table(
            columns: [
                .init("file"), .init("format"), .init("records", alignment: .right),
                .init("loaded", alignment: .right), .init("skipped", alignment: .right),
                .init("warnings", alignment: .right),
            ],
            rows: reports.map { report in
                [
                    .string(report.file), .string(report.format.rawValue),
                    .int(report.recordCount), .int(report.loadedCount),
                    .int(report.skippedCount), .int(report.warningCount),
                ]
            })
    }
}

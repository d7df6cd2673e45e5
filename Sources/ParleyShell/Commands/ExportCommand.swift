import ArgumentParser
import ParleyCore

/// `export FILE [--format jsonl|csv|convokit] [where EXPR]`
struct ExportCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the corpus to FILE as JSON Lines, CSV or a ConvoKit corpus directory.",
        usage: "export FILE [--format FORMAT] [where EXPR]",
        discussion: """
            Every field goes out: id, reply_to, speaker, role, timestamp, text, all \
            metadata (as columns in CSV, as keys in JSON Lines, as meta in ConvoKit) and, \
            once the corpus is scored, compound, neg, neu, pos and sentiment. The \
            format comes from FILE's extension unless --format names it; convokit writes a \
            new directory. CSV cells that a spreadsheet would run as formulas get a \
            leading ', which load removes again. Nothing is left at FILE if writing fails. \
            With where, only the utterances it accepts are written; a reply whose parent is \
            left out keeps its reply_to id.
            """)

    static let examples = [
        "export /tmp/parley-example.jsonl",
        "export /tmp/parley-example.csv",
        "export /tmp/parley-example-customers.jsonl where role = customer",
    ]
    static let takesWhere = true

    @Argument(help: "The file (or, for convokit, the new directory) to write.")
    var file: String

    @Option(help: ArgumentHelp("jsonl, csv or convokit (default: from FILE).", valueName: "FORMAT"))
    var format: String?

    static func argumentKind(after words: [String]) -> ArgumentKind {
        switch words.last {
        case "--format": .choices(ExportFormat.allCases.map(\.rawValue))
        default: .filePath
        }
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let exportFormat = try resolvedFormat()
        try clauses.refuseVersus()
        var corpus = session.corpus
        if let scores = try session.currentSentimentScores() {
            corpus = corpus.addingMetadata { SentimentMetadata.entries(scores[$0]) }
        }
        if !session.themes.ledger.isEmpty {
            let themes = session.currentThemes()
            corpus = corpus.addingMetadata { ThemesMetadata.entries(themes, $0) }
        }
        if clauses.filter != nil, !corpus.isEmpty {
            let kept = try clauses.matchingIndices(in: corpus)
            guard !kept.isEmpty else {
                throw ShellError("nothing to export: where accepts no utterance")
            }
            corpus = try corpus.subset(kept, cancellation: session.options.cancellation)
        }
        let summary: CorpusExporter.Summary
        do {
            summary = try CorpusExporter.export(
                corpus, format: exportFormat, to: session.resolve(file),
                csvCell: Self.csvCell)
        } catch {
            throw ShellError(error.named(file, resolved: session.resolve(file)).description)
        }
        return .record([
            "file": .string(file), "format": .string(summary.format.rawValue),
            "utterances": .int(summary.utteranceCount), "speakers": .int(summary.speakerCount),
            "conversations": .int(summary.conversationCount),
        ])
    }

    private func resolvedFormat() throws(ShellError) -> ExportFormat {
        guard let format else {
            guard let byName = ExportFormat.byExtension(file) else {
                throw ShellError(ExportError.unknownFormat(file).description)
            }
            return byName
        }
        guard let known = ExportFormat(rawValue: format.lowercased()) else {
            let formats = ExportFormat.allCases.map(\.rawValue)
            throw ShellError(
                "unknown export format '\(format)'; formats are "
                    + formats.joined(separator: ", "),
                suggestion: Suggestions.didYouMean(format, among: formats))
        }
        return known
    }

    /// One CSV cell through the output layer's quoting and formula guard. Controls stay
    /// raw (inside quotes where needed): an export is data to load back, not text for a
    /// terminal. A leading `'` that load would remove is doubled.
    static func csvCell(_ text: String, isNumber: Bool) -> String {
        if isNumber { return CSVField.quote(text) }
        let marked = CSVFormulaGuard.needsMarker(text) ? "'" + text : text
        return CSVField.quote(CSVField.guardFormula(marked))
    }
}

extension ExportError {
    /// The error with the resolved path named as the user typed it.
    func named(_ typed: String, resolved: String) -> ExportError {
        switch self {
        case .unwritable(let path, let reason) where path == resolved:
            .unwritable(typed, reason: reason)
        case .unwritable(let path, let reason) where path.hasPrefix(resolved):
            .unwritable(typed, reason: reason)
        case .targetExists(let path) where path == resolved: .targetExists(typed)
        default: self
        }
    }
}

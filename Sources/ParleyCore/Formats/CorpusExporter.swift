/// Writes a corpus in a format other tools read: JSON Lines, CSV or a ConvoKit corpus
/// directory. Every field Parley knows goes out (id, reply-to, speaker, role, timestamp,
/// text and all metadata); Parley reads JSON Lines and CSV exports back unchanged.
public enum CorpusExporter {
    /// What an export wrote.
    public struct Summary: Sendable, Equatable {
        public var path: String
        public var format: ExportFormat
        public var utteranceCount: Int
        public var speakerCount: Int
        public var conversationCount: Int
    }

    /// Writes `corpus` to `path`. `csvCell` encodes one CSV cell (text, and whether it is
    /// a number): the output layer's quoting and formula guard, which live in one place.
    /// On error nothing is left under `path`.
    public static func export(
        _ corpus: Corpus, format: ExportFormat, to path: String,
        csvCell: (String, _ isNumber: Bool) -> String
    ) throws(ExportError) -> Summary {
        guard !corpus.isEmpty else { throw .emptyCorpus }
        switch format {
        case .jsonl:
            let file = try OutputFile(target: path)
            try CorpusJSONLWriter.write(corpus, to: file)
            try file.commit()
        case .csv:
            let file = try OutputFile(target: path)
            try CorpusCSVWriter.write(corpus, to: file, cell: csvCell)
            try file.commit()
        case .convokit:
            try ConvoKitWriter.write(corpus, to: path)
        }
        return Summary(
            path: path, format: format, utteranceCount: corpus.utteranceCount,
            speakerCount: corpus.speakerCount, conversationCount: corpus.conversationCount)
    }

    /// The names of the fields every export writes first, as the JSONL and CSV readers
    /// detect them.
    enum FieldName {
        static let id = "id"
        static let replyTo = "reply_to"
        static let speaker = "speaker"
        static let role = "role"
        static let timestamp = "timestamp"
        static let text = "text"
        static let all = [id, replyTo, speaker, role, timestamp, text]
    }
}

/// One JSON object a line: the fields of ``CorpusExporter/FieldName`` then every metadata
/// entry as a top-level key, with the JSON kind it was loaded with.
enum CorpusJSONLWriter {
    static func write(_ corpus: Corpus, to file: OutputFile) throws(ExportError) {
        for index in corpus.utteranceIndices {
            var members: [(String, String)] = [
                (CorpusExporter.FieldName.id, JSONText.string(corpus.id(of: index))),
                (
                    CorpusExporter.FieldName.replyTo,
                    corpus.replyTo(of: index).map(JSONText.string) ?? "null"
                ),
                (CorpusExporter.FieldName.speaker, JSONText.string(corpus.speakerID(of: index))),
                (CorpusExporter.FieldName.role, JSONText.string(corpus.role(of: index).rawValue)),
                (
                    CorpusExporter.FieldName.timestamp,
                    corpus.timestamp(of: index).map(JSONText.seconds) ?? "null"
                ),
                (CorpusExporter.FieldName.text, JSONText.string(corpus.text(of: index))),
            ]
            for entry in corpus.metadata.entries(of: index)
            where !CorpusExporter.FieldName.all.contains(entry.key) {
                members.append((entry.key, JSONText.value(entry.value)))
            }
            try file.write(JSONText.object(members) + "\n")
        }
    }
}

/// A header row of the fields of ``CorpusExporter/FieldName`` then one column per
/// metadata key (empty where an utterance has none), one row per utterance.
enum CorpusCSVWriter {
    static func write(
        _ corpus: Corpus, to file: OutputFile, cell: (String, Bool) -> String
    ) throws(ExportError) {
        let metadataKeys = corpus.metadata.keys.filter {
            !CorpusExporter.FieldName.all.contains($0)
        }
        let header = CorpusExporter.FieldName.all + metadataKeys
        try file.write(header.map { cell($0, false) }.joined(separator: ",") + "\n")
        for index in corpus.utteranceIndices {
            var row = [
                cell(corpus.id(of: index), false), cell(corpus.replyTo(of: index) ?? "", false),
                cell(corpus.speakerID(of: index), false),
                cell(corpus.role(of: index).rawValue, false),
                corpus.timestamp(of: index).map { cell(JSONText.seconds($0), true) } ?? "",
                cell(corpus.text(of: index), false),
            ]
            for key in metadataKeys {
                let value = corpus.metadata.value(of: index, key: key)
                row.append(value.map { cell($0.text, $0.kind == .number) } ?? "")
            }
            try file.write(row.joined(separator: ",") + "\n")
        }
    }
}

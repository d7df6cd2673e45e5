import Foundation
import ParleyCore
import ParleyStore
import ParleyTestSupport

/// A fresh workspace path in its own temporary directory.
func temporaryWorkspacePath(_ label: String) throws -> String {
    try RepositoryPaths.temporaryDirectory(label).appendingPathComponent("test.parley").path
}

/// A corpus with every kind of stored data: replies (one orphan, one unresolved until a
/// later record), speakers of both roles, times and missing times, metadata of every kind,
/// source locations, and text with control characters and non-ASCII letters.
func richCorpus() throws -> Corpus {
    var builder = CorpusBuilder()
    let records = [
        UtteranceRecord(
            id: "r1", speaker: "brand", timestamp: 1_700_000_000, text: "Welcome! Ask us.",
            role: .organization,
            metadata: [("score", .number("3")), ("flair", .string("mod")), ("ok", .bool(true))],
            source: SourceLocation(file: "a.jsonl", line: 1)),
        UtteranceRecord(
            id: "c2", replyTo: "c3", speaker: "dana", text: "early reply to a later one",
            source: SourceLocation(file: "a.jsonl", line: 2)),
        UtteranceRecord(
            id: "c3", replyTo: "r1", speaker: "eve", timestamp: 1_700_000_060,
            text: "Refund please — café \u{1B}[31m", metadata: [("tags", .init(.json, "[1,2]"))],
            source: SourceLocation(file: "a.jsonl", line: 3)),
        UtteranceRecord(
            id: "c4", replyTo: "missing", speaker: "eve", text: "", metadata: [("n", .null)],
            source: SourceLocation(file: "b.csv", line: 7)),
    ]
    for record in records { _ = builder.add(record) }
    return try builder.build()
}

/// Every observable field of every utterance and speaker, for comparing two corpora.
func snapshot(_ corpus: Corpus) -> [String] {
    let utterances = corpus.utteranceIndices.map { index in
        let utterance = corpus.utterance(index)
        let metadata = utterance.metadata.map { "\($0.key)=\($0.value.kind):\($0.value.text)" }
        return [
            utterance.id, utterance.speaker, utterance.role.rawValue, utterance.conversationID,
            utterance.replyTo ?? "-", "\(utterance.parentIndex ?? -1)",
            "\(utterance.timestamp ?? -1)", utterance.text, "\(utterance.depth)",
            metadata.joined(separator: ","), utterance.source?.description ?? "-",
        ].joined(separator: "|")
    }
    let speakers = corpus.speakers.map { "\($0.id):\($0.role):\($0.utteranceCount)" }
    return utterances + speakers + ["orphans \(corpus.forest.orphans)"]
}

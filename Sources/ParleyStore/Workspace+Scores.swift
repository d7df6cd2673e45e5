import Foundation
import GRDB
import ParleyCore

extension Workspace {
    /// Keeps `scores` as the corpus's scores under lexicon `version` (one set per version;
    /// storing again replaces it).
    public func storeScores(_ scores: SentimentColumn, lexiconVersion version: String) throws {
        try requireWritable()
        let blob = scores.packedValues.withUnsafeBufferPointer { values in
            var bytes = Data(capacity: values.count * 2)
            for value in values { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
            return bytes
        }
        try run {
            try database.write { db in
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO sentiment_scores
                        (lexicon_version, utterance_count, scores) VALUES (?, ?, ?)
                        """,
                    arguments: [version, scores.count, blob])
            }
        }
    }

    /// The scores stored under lexicon `version` for a corpus of `count` utterances; nil
    /// when there are none (or they belong to a corpus of another size).
    public func storedScores(lexiconVersion version: String, count: Int) throws
        -> SentimentColumn?
    {
        let blob = try run {
            try database.read { db in
                try Data.fetchOne(
                    db,
                    sql: """
                        SELECT scores FROM sentiment_scores
                        WHERE lexicon_version = ? AND utterance_count = ?
                        """,
                    arguments: [version, count])
            }
        }
        guard let blob, blob.count == count * 8 else { return nil }
        let values = blob.withUnsafeBytes { bytes in
            (0..<(count * 4)).map {
                Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self))
            }
        }
        return SentimentColumn(packedValues: values)
    }
}

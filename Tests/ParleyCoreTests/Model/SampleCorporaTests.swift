import Foundation
import ParleyCore
import Testing

/// The sample corpora in `corpora/`, built through the model without the loaders, so the
/// figures `corpora/README.md` states stay true when someone edits the data.
@Suite struct SampleCorporaTests {
    static let corporaDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora")

    static func read(_ name: String) throws -> String {
        try String(
            contentsOf: corporaDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    static func timestamp(_ text: String) throws -> Double {
        try #require(ISO8601DateFormatter().date(from: text)).timeIntervalSince1970
    }

    @Test func qualityBlogMatchesTheREADME() throws {
        var builder = CorpusBuilder()
        for line in try Self.read("quality-blog.jsonl").split(separator: "\n") {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let record = UtteranceRecord(
                id: try #require(object["id"] as? String), replyTo: object["parent"] as? String,
                speaker: object["author"] as? String,
                timestamp: try Self.timestamp(try #require(object["time"] as? String)),
                text: try #require(object["text"] as? String),
                role: (object["role"] as? String).flatMap(Role.init(rawValue:)))
            let expected = builder.count
            #expect(builder.add(record) == .added(index: expected))
        }
        let corpus = try builder.build()
        #expect(corpus.utteranceCount == 71)
        #expect(corpus.speakerCount == 29)
        #expect(corpus.conversationCount == 1)
        #expect(corpus.forest.orphans.isEmpty)
        #expect(corpus.forest.brokenCycles.isEmpty)
        let summary = try #require(corpus.conversationSummaries().first)
        #expect(summary.id == "post-1")
        #expect(summary.maxDepth == 5)
        #expect(corpus.speakers.filter { $0.role == .organization }.map(\.id) == ["claire_hadley"])
        #expect(corpus.speaker(0).utteranceCount == 13)
    }

    @Test func supportConversationsMatchTheREADME() throws {
        let rows = CSVRows.parse(try Self.read("support-conversations.csv"))
        #expect(
            rows.first == ["id", "parent_id", "author", "role", "created_at", "text", "channel"])
        var builder = CorpusBuilder()
        for row in rows.dropFirst() {
            #expect(row.count == 7)
            let record = UtteranceRecord(
                id: row[0], replyTo: row[1].isEmpty ? nil : row[1], speaker: row[2],
                timestamp: try Self.timestamp(row[4]), text: row[5], role: Role(rawValue: row[3]))
            let expected = builder.count
            #expect(builder.add(record) == .added(index: expected))
        }
        let corpus = try builder.build()
        #expect(corpus.utteranceCount == 408)
        #expect(corpus.speakerCount == 97)
        #expect(corpus.conversationCount == 106)
        #expect(corpus.forest.orphans.isEmpty)
        #expect(corpus.forest.brokenCycles.isEmpty)
        let summaries = corpus.conversationSummaries()
        #expect(summaries.map(\.maxDepth).max() == 6)
        let brands = corpus.speakers.filter { $0.role == .organization }.map(\.id)
        #expect(Set(brands) == ["SkyHopSupport", "FibreNetHelp", "MunchBoxCare"])
        let unanswered = summaries.filter { summary in
            corpus.forest.preorder(from: summary.rootIndex).allSatisfy {
                corpus.role(of: $0.index) == .customer
            }
        }
        #expect(unanswered.count == 16)
        #expect(corpus.utteranceIndices.filter { corpus.text(of: $0).contains("\n") }.count == 5)
    }

    @Test func csvRowsReadsQuotedFields() {
        let rows = CSVRows.parse("a,\"b, c\",\"\"\"q\"\" x\"\r\n\"two\nlines\",,z\n")
        #expect(rows == [["a", "b, c", "\"q\" x"], ["two\nlines", "", "z"]])
    }
}

/// Just enough RFC 4180 to read the sample: quoted fields, doubled quotes, CRLF or LF.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var closedQuote = false
        for character in text {
            if quoted {
                if character == "\"" {
                    quoted = false
                    closedQuote = true
                } else {
                    field.append(character)
                }
                continue
            }
            let afterClosingQuote = closedQuote
            closedQuote = false
            switch character {
            case "\"":
                if afterClosingQuote { field.append("\"") }  // a doubled quote inside quotes
                quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r\n", "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }
}

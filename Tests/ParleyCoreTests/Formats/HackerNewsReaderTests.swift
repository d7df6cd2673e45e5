import Foundation
import Testing

@testable import ParleyCore

/// Items written from the API's documentation (github.com/HackerNews/API): its story,
/// comment, poll, pollopt and job examples, made into threads, with dead and deleted items,
/// HTML, entities and surrogate-pair escapes.
@Suite struct HackerNewsReaderTests {
    static func fixture(_ name: String) throws -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // up to the repository root
        let file = url.appendingPathComponent("Tests/Fixtures/hackernews/" + name)
        return try String(contentsOf: file, encoding: .utf8)
    }

    @Test(arguments: ["items.json", "items.ndjson"])
    func arrayAndLinesLoadTheSameCorpus(name: String) throws {
        let loaded = try loadText(try Self.fixture(name), name: name)
        #expect(loaded.report.format == .hackernews)
        #expect(loaded.report.loadedCount == 12)
        #expect(loaded.report.skippedCount == 0)
        let corpus = loaded.corpus
        #expect(corpus.conversationCount == 3)
        #expect(corpus.forest.orphans.isEmpty)
        let reply = try #require(corpus.index(ofID: "9001"))
        #expect(corpus.forest.depth(of: reply) == 3)
        #expect(
            problemLines(loaded.report).map { $0.split(separator: ":").dropFirst().joined() }
                == [" warning kept 1 dead and 1 deleted items (metadata dead, deleted)"])
    }

    @Test func storiesJobsAndPollsAreRootsWithTitleAndTextOrURL() throws {
        let corpus = try loadText(try Self.fixture("items.json"), name: "hn.json").corpus
        let story = try #require(corpus.index(ofID: "8863"))
        #expect(
            corpus.text(of: story)
                == "My YC app: Dropbox - Throw away your USB drive\n\n"
                + "http://www.getdropbox.com/u/2/screencast.html")
        #expect(corpus.replyTo(of: story) == nil)
        #expect(corpus.speakerID(of: story) == "dhouston")
        #expect(corpus.timestamp(of: story) == 1_175_714_200)
        #expect(corpus.metadata.value(of: story, key: "type") == .string("story"))
        #expect(corpus.metadata.value(of: story, key: "score") == .number("111"))
        let job = try #require(corpus.index(ofID: "192327"))
        #expect(corpus.text(of: job).hasPrefix("Justin.tv is looking for a Lead Flash Engineer!"))
        let poll = try #require(corpus.index(ofID: "126809"))
        #expect(corpus.text(of: poll).hasPrefix("Poll: What would happen if News.YC had"))
        let option = try #require(corpus.index(ofID: "126810"))
        #expect(corpus.forest.parent(of: option) == poll)
    }

    @Test func commentHTMLBecomesPlainText() throws {
        let corpus = try loadText(try Self.fixture("items.json"), name: "hn.json").corpus
        let norvig = try #require(corpus.index(ofID: "8952"))
        #expect(
            corpus.text(of: norvig)
                == "Aw shucks, guys ... you make me blush with your compliments.\n\n"
                + "Tell you what, I'll make a deal: I'll keep writing if you keep reading. K?")
        let emoji = try #require(corpus.index(ofID: "9153"))
        #expect(corpus.text(of: emoji) == "Agreed \u{2014} \u{1F600}")
        let dead = try #require(corpus.index(ofID: "8917"))
        #expect(corpus.text(of: dead) == "[flagged] buy cheap <things>")
        #expect(corpus.metadata.value(of: dead, key: "dead") == .bool(true))
    }

    @Test func deletedItemsStayAsEmptyPlaceholdersSoRepliesKeepTheirThread() throws {
        let corpus = try loadText(try Self.fixture("items.json"), name: "hn.json").corpus
        let deleted = try #require(corpus.index(ofID: "9000"))
        #expect(corpus.text(of: deleted) == "")
        #expect(corpus.speakerID(of: deleted) == Speaker.unknownID)
        #expect(corpus.metadata.value(of: deleted, key: "deleted") == .bool(true))
        let reply = try #require(corpus.index(ofID: "9001"))
        #expect(corpus.forest.parent(of: reply) == deleted)
    }

    @Test func prettyPrintedAPIResponsesOneAfterAnother() throws {
        let loaded = try loadText(try Self.fixture("item-responses.json"), name: "8863.json")
        #expect(loaded.report.format == .hackernews)
        #expect(loaded.report.loadedCount == 2)
        let comment = try #require(loaded.corpus.index(ofID: "8952"))
        #expect(loaded.report.problems.isEmpty)
        #expect(loaded.corpus.forest.parent(of: comment) == 0)
        #expect(loaded.corpus.source(of: comment)?.line == 16)
    }

    @Test func kidsAreCrossCheckedAgainstParents() throws {
        let text = """
            [{"by":"a","id":1,"kids":[2,3],"time":1,"title":"T","type":"story"},
             {"by":"b","id":2,"parent":1,"text":"x","time":2,"type":"comment"},
             {"by":"c","id":3,"parent":2,"text":"y","time":3,"type":"comment"},
             {"by":"d","id":4,"parent":1,"text":"z","time":4,"type":"comment"}]
            """
        let loaded = try loadText(text, name: "hn.json")
        #expect(
            problemLines(loaded.report) == [
                "1: warning: kids lists '3', whose parent is '2'",
                "4: warning: replies to '1', whose kids do not list it",
            ])
    }

    @Test func nullsBrokenElementsAndTruncationAreReportedWithTheirLine() throws {
        let text = """
            [
              {"by":"a","id":1,"time":1,"title":"T","type":"story"},
              null,
              {"by":"b","id":2 "parent":1,"text":"x","time":2,"type":"comment"},
              {"by":"c","id":3,"parent":1,"text":"y","time":3,"type":"comment"},
              {"by":"d","id":4,"parent":1,"text":"unfinished
            """
        let loaded = try loadText(text, name: "hn.json")
        #expect(
            problemLines(loaded.report) == [
                "3: null item (the API returns null for an id it does not have)",
                "4: malformed JSON: expected ',' or '}' at column 20",
                "6: the file ends inside a value (truncated?)",
            ])
        #expect(loaded.report.loadedCount == 2)
    }

    @Test func anArrayStreamsAcrossTinyBlocks() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("hn.json", try Self.fixture("items.json"))
        for blockSize in [1, 7, 64] {
            let result = try CorpusLoader.load(
                [path], options: LoadOptions(), appendingTo: nil, blockSize: blockSize)
            #expect(result.corpus.utteranceCount == 12, "block size \(blockSize)")
            #expect(result.reports[0].problems.count == 1, "block size \(blockSize)")
            let reply = try #require(result.corpus.index(ofID: "9001"))
            #expect(result.corpus.source(of: reply)?.line == 8)
        }
    }

    /// Regression (fuzz-hackernews, a timeout): a stray `}` or `]` where an item should
    /// start made the splitter append empty values at one position until memory ran out.
    @Test func aStrayCloserIsOneBadRecordAndTheItemsAroundItLoad() throws {
        let text = """
            {"by":"a","id":1,"time":1,"title":"T","type":"story"}
            }
            ]
            {"by":"b","id":2,"parent":1,"text":"x","time":2,"type":"comment"}
            """
        for blockSize in [1 << 20, 1, 3] {
            let scratch = ScratchDirectory()
            let path = scratch.write("hn.json", text)
            let result = try CorpusLoader.load(
                [path], options: LoadOptions(format: .hackernews), appendingTo: nil,
                blockSize: blockSize)
            #expect(result.corpus.utteranceCount == 2, "block size \(blockSize)")
            #expect(result.reports[0].skippedCount == 2, "block size \(blockSize)")
        }
    }

    /// Regression (fuzz-hackernews): the column of a malformed element was counted from
    /// the block's start when its line began in an earlier block, so tiny blocks changed
    /// the message.
    @Test func errorColumnsDoNotDependOnTheBlockSize() throws {
        let scratch = ScratchDirectory()
        let line = #"  {"by":"a","id":1,"time":1,"type":"story","title":"T"}, {"id":2 "time":2}"#
        let path = scratch.write("hn.json", "[\n" + line + "\n]\n")
        for blockSize in [1 << 20, 1, 5, 13, 40] {
            let result = try CorpusLoader.load(
                [path], options: LoadOptions(), appendingTo: nil, blockSize: blockSize)
            #expect(
                problemLines(result.reports[0]) == [
                    "2: malformed JSON: expected ',' or '}' at column 66"
                ], "block size \(blockSize)")
        }
    }

    @Test func aGenericCommentFileWithATypeIsNotTakenForHackerNews() throws {
        let text = #"{"id": "a", "author": "ann", "text": "hi", "time": 1, "type": "comment"}"#
        #expect(try loadText(text, name: "c.json").report.format == .jsonl)
        let hn = #"{"id": 1, "by": "ann", "text": "hi", "time": 1, "type": "comment"}"#
        #expect(try loadText(hn, name: "c.json").report.format == .hackernews)
    }
}

import Testing

@testable import ParleyCore

@Suite struct RedditReaderTests {
    static let submissions = [
        #"{"author": "op", "created_utc": "1706745600", "id": "s1", "name": "t3_s1", "num_comments": 2, "permalink": "/r/x/comments/s1/", "score": 5, "selftext": "Body here", "subreddit": "x", "title": "A question"}"#,
        #"{"author": "[deleted]", "created_utc": 1706745601.0, "id": "s2", "name": "t3_s2", "selftext": "[removed]", "subreddit": "x", "title": "Gone"}"#,
        #"{"author": "linker", "created_utc": 1706745602, "id": "s3", "name": "t3_s3", "selftext": "", "subreddit": "y", "title": "Just a link", "url": "https://example.com"}"#,
    ].joined(separator: "\n")
    static let comments = [
        #"{"author": "ann", "body": "first!", "created_utc": 1706745700, "id": "c1", "link_id": "t3_s1", "name": "t1_c1", "parent_id": "t3_s1", "score": 3, "subreddit": "x"}"#,
        #"{"author": "op", "body": "[deleted]", "created_utc": 1706745800.5, "distinguished": "moderator", "id": "c2", "link_id": "t3_s1", "parent_id": "t1_c1", "subreddit": "x"}"#,
        #"{"author": "bob", "body": "orphan", "created_utc": 1706745900, "id": "c3", "link_id": "t3_zz", "parent_id": "t1_gone", "subreddit": "x"}"#,
    ].joined(separator: "\n")

    @Test func detectsRedditByContentBeforePlainJSONLines() throws {
        let loaded = try loadText(Self.comments, name: "RC_2024-01.json")
        #expect(loaded.report.format == .reddit)
        let generic = try loadText(#"{"id": "a", "text": "hi", "subreddit": "x"}"#)
        #expect(generic.report.format == .jsonl)
    }

    @Test func twoFilesLinkCommentsToTheirSubmissions() throws {
        let scratch = ScratchDirectory()
        let comments = scratch.write("comments.json", Self.comments)
        let submissions = scratch.write("submissions.json", Self.submissions)
        let result = try CorpusLoader.load([comments, submissions], options: LoadOptions())
        let corpus = result.corpus
        #expect(result.reports.map(\.format) == [.reddit, .reddit])
        #expect(result.reports.map(\.loadedCount) == [3, 3])
        #expect(corpus.utteranceCount == 6)
        let c1 = try #require(corpus.index(ofID: "c1"))
        let c2 = try #require(corpus.index(ofID: "c2"))
        let s1 = try #require(corpus.index(ofID: "s1"))
        #expect(corpus.forest.parent(of: c1) == s1)
        #expect(corpus.forest.parent(of: c2) == c1)
        #expect(corpus.replyTo(of: c1) == "s1")
        #expect(corpus.forest.orphans == [try #require(corpus.index(ofID: "c3"))])
        #expect(corpus.conversationCount == 4)
    }

    @Test func submissionsAreRootsWithTitleAndSelftext() throws {
        let corpus = try loadText(Self.submissions, name: "s.ndjson").corpus
        let s1 = try #require(corpus.index(ofID: "s1"))
        #expect(corpus.text(of: s1) == "A question\n\nBody here")
        #expect(corpus.replyTo(of: s1) == nil)
        #expect(corpus.metadata.value(of: s1, key: "kind") == .string("submission"))
        #expect(corpus.metadata.value(of: s1, key: "num_comments") == .number("2"))
        #expect(corpus.metadata.value(of: s1, key: "permalink") == .string("/r/x/comments/s1/"))
        let s3 = try #require(corpus.index(ofID: "s3"))
        #expect(corpus.text(of: s3) == "Just a link")
        #expect(corpus.metadata.value(of: s3, key: "url") == .string("https://example.com"))
    }

    @Test func createdUTCAsIntegerFloatOrString() throws {
        let corpus = try loadText(Self.submissions + "\n" + Self.comments, name: "r.json").corpus
        let times = ["s1", "s2", "s3", "c2"].map {
            corpus.index(ofID: $0).flatMap(corpus.timestamp)
        }
        #expect(times == [1_706_745_600, 1_706_745_601, 1_706_745_602, 1_706_745_800.5])
    }

    @Test func removedBodiesAndDeletedAuthorsAreKeptAndCounted() throws {
        let loaded = try loadText(Self.submissions + "\n" + Self.comments, name: "r.json")
        let corpus = loaded.corpus
        #expect(corpus.utteranceCount == 6)
        let s2 = try #require(corpus.index(ofID: "s2"))
        #expect(corpus.speakerID(of: s2) == "[deleted]")
        #expect(corpus.text(of: s2) == "Gone\n\n[removed]")
        #expect(corpus.metadata.value(of: s2, key: "removed") == .string("[removed]"))
        let c2 = try #require(corpus.index(ofID: "c2"))
        #expect(corpus.metadata.value(of: c2, key: "removed") == .string("[deleted]"))
        #expect(corpus.metadata.value(of: c2, key: "distinguished") == .string("moderator"))
        #expect(
            problemLines(loaded.report) == [
                "2: warning: kept 2 [deleted]/[removed] bodies (metadata removed) and "
                    + "1 utterances by [deleted] authors"
            ])
        #expect(loaded.report.skippedCount == 0)
    }

    @Test func badRecordsAreReportedWithTheirLine() throws {
        let text = Self.comments + "\n[1, 2]\n{\"id\": \"x\", \"subreddit\": \"x\"}\n{\"id\": oops}"
        let loaded = try loadText(text, name: "r.json")
        #expect(
            problemLines(loaded.report) == [
                "4: not a JSON object (found an array)", "5: missing text field",
                "6: malformed JSON: expected a value at column 8",
                "2: warning: kept 1 [deleted]/[removed] bodies (metadata removed) and "
                    + "0 utterances by [deleted] authors",
            ])
        #expect(loaded.report.loadedCount == 3)
    }

    @Test func idFromNameWhenIdIsMissing() throws {
        let text = #"{"name": "t1_q9", "body": "hi", "parent_id": "t1_q8", "subreddit": "x"}"#
        let corpus = try loadText(text, name: "r.json").corpus
        #expect(corpus.index(ofID: "q9") == 0)
        #expect(corpus.replyTo(of: 0) == "q8")
        #expect(corpus.metadata.value(of: 0, key: "kind") == .string("comment"))
    }
}

import Testing

@testable import ParleyCore

/// Loads the real third-party files in `../shared/data` (skipped where they are absent).
@Suite struct RealDataTests {
    @Test func twcsHeadReportsTheBrokenRecordAndLoadsTheRest() throws {
        guard let path = sharedDataPath("twcs/twcs-head.csv") else { return }
        let result = try CorpusLoader.load([path], options: LoadOptions())
        let report = result.reports[0]
        #expect(
            report.fieldNames == [
                .id: "tweet_id", .parent: "in_response_to_tweet_id", .speaker: "author_id",
                .text: "text", .time: "created_at",
            ])
        // Record index 2484 (line 2589) holds two bare CRs: a strict reader sees it as two
        // short records (and an empty one between them, which is a blank line).
        #expect(
            problemLines(report) == [
                "2589: expected 8 fields, found 6", "2589: expected 8 fields, found 3",
            ])
        #expect(report.loadedCount == 4_999)
        #expect(report.skippedCount == 2)
        let corpus = result.corpus
        #expect(corpus.utteranceCount == 4_999)
        #expect(corpus.index(ofID: "3399") == nil)
        let first = try #require(corpus.index(ofID: "1"))
        #expect(corpus.speakerID(of: first) == "sprintcare")
        #expect(corpus.timestamp(of: first) == 1_509_487_847)
        #expect(corpus.replyTo(of: first) == "3")
        #expect(corpus.forest.parent(of: first) == corpus.index(ofID: "3"))
        #expect(corpus.metadata.value(of: first, key: "inbound") == .string("False"))
        #expect(corpus.metadata.value(of: first, key: "") == nil)
    }

    @Test func twcsSampleWithMixedLineEndings() throws {
        guard let path = sharedDataPath("twcs/twcs-sample-93.csv") else { return }
        let result = try CorpusLoader.load([path], options: LoadOptions())
        #expect(result.reports[0].problems.isEmpty)
        #expect(result.corpus.utteranceCount == 93)
    }

    @Test func convokitUtterancesAsPlainJSONL() throws {
        guard let path = sharedDataPath("convokit-reddit-cornell/utterances.jsonl") else {
            return
        }
        let result = try CorpusLoader.load([path], options: LoadOptions())
        let report = result.reports[0]
        #expect(report.problems.isEmpty)
        #expect(report.fieldNames[.parent] == "reply-to")
        #expect(report.fieldNames[.speaker] == "speaker")
        #expect(report.fieldNames[.time] == "timestamp")
        let corpus = result.corpus
        #expect(corpus.utteranceCount == 1_519)
        #expect(corpus.conversationCount == 50)
        #expect(corpus.forest.orphans.isEmpty)
        #expect(corpus.utteranceIndices.map(corpus.forest.depth).max() == 13)
        let keys = Set(corpus.metadata.entries(of: 0).map(\.key))
        #expect(keys.isSuperset(of: ["conversation_id", "meta", "vectors"]))
        #expect(corpus.metadata.value(of: 0, key: "meta")?.kind == .json)
    }

    /// The generic reader still takes Pushshift comments when asked (`--format jsonl`).
    @Test func pushshiftCommentsWithMixedTimeKinds() throws {
        guard let path = sharedDataPath("reddit-pushshift/test_comments.json") else { return }
        let result = try CorpusLoader.load([path], options: LoadOptions(format: .jsonl))
        let report = result.reports[0]
        #expect(report.problems.isEmpty)
        #expect(report.fieldNames[.id] == "id")
        #expect(report.fieldNames[.parent] == "parent_id")
        #expect(report.fieldNames[.time] == "created_utc")
        #expect(result.corpus.utteranceCount == 27)
        let times = result.corpus.utteranceIndices.compactMap(result.corpus.timestamp)
        #expect(times.count == 27)
        #expect(times.allSatisfy { $0 > 1_100_000_000 && $0 < 1_800_000_000 })
    }

    /// Submissions name their text `selftext`, which generic detection does not guess (the
    /// Reddit reader does); `--format jsonl --map` names it.
    @Test func pushshiftSubmissionsLoadAsRootsWithMap() throws {
        guard let path = sharedDataPath("reddit-pushshift/test_submissions.json") else { return }
        let result = try CorpusLoader.load(
            [path], options: LoadOptions(fieldNames: [.text: "selftext"], format: .jsonl))
        #expect(result.reports[0].problems.isEmpty)
        #expect(result.reports[0].fieldNames[.text] == "selftext")
        #expect(result.corpus.utteranceCount == 31)
        #expect(result.corpus.conversationCount == 31)
    }

    /// Both Pushshift files through the Reddit reader, against what
    /// `Tests/Fixtures/reddit/reddit_expected.py` computed with Python's json module.
    @Test func pushshiftSampleMatchesIndependentCounts() throws {
        guard let comments = sharedDataPath("reddit-pushshift/test_comments.json"),
            let submissions = sharedDataPath("reddit-pushshift/test_submissions.json")
        else { return }
        let expected = try RedditFixture.load()
        let result = try CorpusLoader.load([comments, submissions], options: LoadOptions())
        #expect(result.reports.map(\.format) == [.reddit, .reddit])
        #expect(result.reports.map(\.skippedCount) == [0, 0])
        let corpus = result.corpus
        #expect(corpus.utteranceCount == expected.summary.utterances)
        #expect(corpus.forest.orphans.count == expected.summary.orphans)
        #expect(corpus.speakerCount == expected.summary.speakers)
        let removed = corpus.utteranceIndices.filter {
            corpus.metadata.value(of: $0, key: "removed") != nil
        }
        #expect(removed.count == expected.summary.removed)
        // One warning per file: "kept N [deleted]/[removed] bodies … and M utterances by
        // [deleted] authors"; N and M summed over both files match the fixture.
        let counts = result.reports.flatMap(\.problems).map { problem in
            problem.reason.split(separator: " ").compactMap { Int($0) }
        }
        #expect(counts.count == 2)
        #expect(counts.map { $0.first ?? -1 }.reduce(0, +) == expected.summary.removed)
        #expect(counts.map { $0.last ?? -1 }.reduce(0, +) == expected.summary.deletedAuthors)
        for utterance in expected.utterances {
            let index = try #require(corpus.index(ofID: utterance.id), "\(utterance.id)")
            #expect(corpus.replyTo(of: index) == utterance.replyTo, "\(utterance.id)")
            #expect(corpus.speakerID(of: index) == utterance.speaker, "\(utterance.id)")
            #expect(corpus.timestamp(of: index).map { Int($0) } == utterance.timestamp)
            #expect(corpus.text(of: index).utf8.count == utterance.textLength, "\(utterance.id)")
            let kind = corpus.metadata.value(of: index, key: "kind")
            #expect(kind == .string(utterance.kind), "\(utterance.id)")
            let removedMarker = corpus.metadata.value(of: index, key: "removed")
            #expect(removedMarker == utterance.removed.map(MetadataValue.string))
            let subreddit = corpus.metadata.value(of: index, key: "subreddit")
            #expect(subreddit == .string(utterance.subreddit))
        }
    }
}

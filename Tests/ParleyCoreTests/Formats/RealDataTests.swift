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

    @Test func pushshiftCommentsWithMixedTimeKinds() throws {
        guard let path = sharedDataPath("reddit-pushshift/test_comments.json") else { return }
        let result = try CorpusLoader.load([path], options: LoadOptions())
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
    /// Reddit reader will); `--map` names it.
    @Test func pushshiftSubmissionsLoadAsRootsWithMap() throws {
        guard let path = sharedDataPath("reddit-pushshift/test_submissions.json") else { return }
        let result = try CorpusLoader.load(
            [path], options: LoadOptions(fieldNames: [.text: "selftext"]))
        #expect(result.reports[0].problems.isEmpty)
        #expect(result.reports[0].fieldNames[.text] == "selftext")
        #expect(result.corpus.utteranceCount == 31)
        #expect(result.corpus.conversationCount == 31)
    }
}

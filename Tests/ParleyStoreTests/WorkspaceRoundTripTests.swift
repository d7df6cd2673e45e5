import Foundation
import ParleyCore
import ParleyStore
import Testing

@Suite struct WorkspaceRoundTripTests {
    let source = WorkspaceSource(
        name: "a.jsonl", path: "/data/a.jsonl", format: "jsonl", size: 120, modified: 5.5,
        hash: "abc", recordCount: 4, loadedCount: 4, skippedCount: 0)

    @Test func aCorpusComesBackWithEveryField() throws {
        let path = try temporaryWorkspacePath("roundtrip")
        let corpus = try richCorpus()
        try Workspace.open(path).importCorpus(corpus, sources: [source])
        let stored = try #require(try Workspace.open(path).storedCorpus())
        #expect(snapshot(stored.corpus) == snapshot(corpus))
        #expect(stored.sources == [source])
        #expect(stored.corpus.conversationCount == corpus.conversationCount)
    }

    @Test func aNewWorkspaceHasNoCorpus() throws {
        let workspace = try Workspace.open(try temporaryWorkspacePath("empty"))
        #expect(try workspace.storedCorpus() == nil)
        #expect(try workspace.schemaVersion() == 1)
    }

    @Test func importingAgainReplacesTheCorpusAndDropsItsScores() throws {
        let path = try temporaryWorkspacePath("reimport")
        let workspace = try Workspace.open(path)
        try workspace.importCorpus(try richCorpus(), sources: [source])
        try workspace.storeScores(SentimentColumn(count: 4), lexiconVersion: "builtin")
        var builder = CorpusBuilder()
        _ = builder.add(UtteranceRecord(id: "only", text: "one"))
        try workspace.importCorpus(try builder.build(), sources: [])
        let stored = try #require(try workspace.storedCorpus())
        #expect(stored.corpus.utteranceCount == 1)
        #expect(try workspace.storedScores(lexiconVersion: "builtin", count: 4) == nil)
    }

    @Test func everyKindOfAnnotationComesBackInOrder() throws {
        let path = try temporaryWorkspacePath("annotations")
        let changes: [AnnotationChange] = [
            .speakerRole(.init(speakerID: "brand", role: .organization, reason: "handle")),
            .roleRule(.init(pattern: "^support_", role: .organization, action: .added)),
            .roleRule(.init(pattern: "^support_", role: .organization, action: .removed)),
            .rolesCleared,
            .lexiconEntry(.init(word: "refund", change: .valence(-1.5))),
            .lexiconEntry(.init(word: "good", change: .removed)),
            .lexiconEntry(.init(word: "good", change: .reset)),
            .tagDecision(
                .init(
                    utteranceID: "c3", theme: "billing", coder: "ann", verdict: .applied,
                    source: .manual, evidence: "tag", time: 1_700_000_000)),
            .tagDecision(
                .init(
                    utteranceID: "c4", theme: "billing", coder: "rules", verdict: .rejected,
                    source: .rule, evidence: "contains refund", time: 1_700_000_001.25)),
            .memo(.init(target: "utterance:c3", coder: "ann", text: "angry\nbut fair", time: 3)),
            .codebook(.init(yaml: "themes:\n  - billing\n")),
        ]
        try Workspace.open(path).record(changes)
        let reopened = try Workspace.open(path)
        #expect(try reopened.changes() == changes)
        let counts = try reopened.counts()
        #expect(counts[.lexiconEntry] == 3)
        #expect(counts[.roleRule] == 3)
        #expect(counts[.memo] == 1)
        #expect(Set(counts.keys) == Set(AnnotationKind.allCases))
    }

    @Test func theInMemoryStoreBehavesAsTheWorkspaceDoes() throws {
        let store = InMemoryAnnotationStore()
        #expect(store.isEmpty)
        try store.record(.lexiconEntry(.init(word: "a", change: .valence(1))))
        try store.record([.memo(.init(target: "t", coder: "c", text: "x", time: 0))])
        #expect(try store.changes().map(\.kind) == [.lexiconEntry, .memo])
        #expect(try store.counts() == [.lexiconEntry: 1, .memo: 1])
    }

    @Test func scoresComeBackOnlyForTheirLexiconVersionAndCorpusSize() throws {
        let path = try temporaryWorkspacePath("scores")
        var column = SentimentColumn(count: 3)
        column[1] = SentimentScores(negative: 0.25, neutral: 0.5, positive: 0.25, compound: -0.4215)
        column[2] = SentimentScores(negative: 0, neutral: 0.2, positive: 0.8, compound: 0.9999)
        try Workspace.open(path).storeScores(column, lexiconVersion: "v1")
        let workspace = try Workspace.open(path)
        #expect(try workspace.storedScores(lexiconVersion: "v1", count: 3) == column)
        #expect(try workspace.storedScores(lexiconVersion: "v2", count: 3) == nil)
        #expect(try workspace.storedScores(lexiconVersion: "v1", count: 4) == nil)
    }

    @Test func lexiconVersionsFollowContentNotHistory() {
        let set = SentimentLexicon.vader.setting("refund", to: -1)
        var roundabout = SentimentLexicon.vader.setting("refund", to: 2)
        roundabout.set("refund", valence: -1)
        #expect(set.version == roundabout.version)
        #expect(set.version != SentimentLexicon.vader.version)
        #expect(SentimentLexicon.vader.version == "builtin")
        var reset = set
        reset.reset("refund")
        #expect(reset.version == "builtin")
    }

    @Test func lexiconEntriesReplayToTheSameLexicon() {
        var lexicon = SentimentLexicon.vader
        lexicon.set("refund", valence: -2)
        lexicon.remove("good")
        let changes = LexiconEntryChange.changes(from: .vader, to: lexicon)
        let replayed = SentimentLexicon.replaying(changes.map(AnnotationChange.lexiconEntry))
        #expect(replayed == lexicon)
        let undo = LexiconEntryChange.changes(from: lexicon, to: .vader)
        #expect(undo.map(\.change) == [.reset, .reset])
    }
}

import Testing

@testable import ParleyCore

@Suite struct AppendLoadTests {
    @Test func twoFilesIntoOneCorpus() throws {
        let scratch = ScratchDirectory()
        let first = scratch.write(
            "a.jsonl",
            [
                #"{"id":"p","text":"post","author":"blogger"}"#,
                #"{"id":"c1","parent":"p","text":"first","author":"ann"}"#,
            ].joined(separator: "\n"))
        let second = scratch.write("b.csv", "id,parent,text,author\nc2,c1,reply,bob\n")
        let result = try CorpusLoader.load([first, second], options: LoadOptions())
        #expect(result.reports.map(\.loadedCount) == [2, 1])
        let corpus = result.corpus
        #expect(corpus.utteranceCount == 3)
        #expect(corpus.conversationCount == 1)
        #expect(corpus.forest.depth(of: 2) == 2)
        #expect(corpus.source(of: 2) == SourceLocation(file: second, line: 2))
        #expect(corpus.speakerCount == 3)
    }

    /// Regression: an id in two files was a skipped duplicate that named only the first
    /// file; it is an error naming both, and nothing is loaded.
    @Test func anIdInTwoFilesIsAnErrorNamingBoth() throws {
        let scratch = ScratchDirectory()
        let first = scratch.write("a.jsonl", #"{"id":"p","text":"post"}"# + "\n")
        let second = scratch.write("b.csv", "id,parent,text\nq,p,ok\np,,again\n")
        let error = loadError([first, second])
        #expect(
            error
                == .idClash(
                    id: "p", at: SourceLocation(file: second, line: 3),
                    first: SourceLocation(file: first, line: 1)))
        #expect(
            error?.description
                == "cannot load \(second): id 'p' at line 3 is already loaded from \(first):1 "
                + "(ids must be unique across files; nothing loaded)")
    }

    @Test func appendingToAnExistingCorpusResolvesAcrossLoads() throws {
        let scratch = ScratchDirectory()
        let first = scratch.write("a.jsonl", #"{"id":"p","text":"post","author":"ann"}"#)
        let second = scratch.write(
            "b.jsonl",
            [
                #"{"id":"r","parent":"p","text":"reply","author":"ann"}"#,
                #"{"id":"r","text":"dup in the same file"}"#,
            ].joined(separator: "\n"))
        let existing = try CorpusLoader.load([first], options: LoadOptions()).corpus
        let result = try CorpusLoader.load([second], options: LoadOptions(), appendingTo: existing)
        #expect(problemLines(result.reports[0]) == ["2: duplicate id 'r' (first at line 1)"])
        let corpus = result.corpus
        #expect(corpus.utteranceCount == 2)
        #expect(corpus.forest.parent(of: 1) == 0)
        #expect(corpus.speakerCount == 1)
        #expect(corpus.speaker(0).utteranceCount == 2)
        #expect(existing.utteranceCount == 1)
        #expect(existing.index(ofID: "r") == nil)
    }

    @Test func appendingAnIdAlreadyLoadedFailsAndKeepsTheCorpus() throws {
        let scratch = ScratchDirectory()
        let first = scratch.write("a.jsonl", #"{"id":"p","text":"post"}"#)
        let second = scratch.write(
            "b.jsonl", #"{"id":"q","text":"new"}"# + "\n" + #"{"id":"p","text":"dup"}"#)
        let existing = try CorpusLoader.load([first], options: LoadOptions()).corpus
        #expect(throws: LoadError.self) {
            _ = try CorpusLoader.load([second], options: LoadOptions(), appendingTo: existing)
        }
        #expect(existing.utteranceCount == 1)
        #expect(existing.index(ofID: "q") == nil)
    }

    @Test func aStrictFailureLeavesTheExistingCorpusAlone() throws {
        let scratch = ScratchDirectory()
        let first = scratch.write("a.jsonl", #"{"id":"p","text":"post"}"#)
        let second = scratch.write("b.jsonl", #"{"id":"q","text":"ok"}"# + "\n{oops\n")
        let existing = try CorpusLoader.load([first], options: LoadOptions()).corpus
        #expect(throws: LoadError.self) {
            _ = try CorpusLoader.load(
                [second], options: LoadOptions(policy: .stop), appendingTo: existing)
        }
        #expect(existing.utteranceCount == 1)
        #expect(existing.index(ofID: "q") == nil)
    }

    @Test func builderByteLevelAddMatchesStringAdd() throws {
        var builder = CorpusBuilder()
        let record = UtteranceRecord(
            id: "x", replyTo: "y", speaker: "s", timestamp: 5, text: "t", role: .organization,
            metadata: [("k", .string("v"))], source: SourceLocation(file: "f", line: 9))
        #expect(builder.add(record) == .added(index: 0))
        #expect(
            builder.add(record)
                == .duplicate(
                    firstIndex: 0, firstSource: SourceLocation(file: "f", line: 9)))
        let corpus = try builder.build()
        let utterance = corpus.utterance(0)
        #expect(utterance.id == "x")
        #expect(utterance.replyTo == "y")
        #expect(utterance.speaker == "s")
        #expect(utterance.role == .organization)
        #expect(utterance.timestamp == 5)
        #expect(corpus.index(ofID: "x") == 0)
        #expect(corpus.speakerIndex(ofID: "s") == 0)
        #expect(corpus.speakerIndex(ofID: "t") == nil)
        #expect(corpus.forest.orphans == [0])
    }
}

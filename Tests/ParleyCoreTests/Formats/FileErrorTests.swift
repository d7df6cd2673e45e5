import Foundation
import Testing

@testable import ParleyCore

@Suite struct FileErrorTests {
    @Test func missingFile() {
        let scratch = ScratchDirectory()
        let path = scratch.path + "/nope.jsonl"
        #expect(loadError([path]) == .fileNotFound(path))
        #expect(LoadError.fileNotFound(path).description == "cannot load \(path): no such file")
    }

    @Test func directory() {
        let scratch = ScratchDirectory()
        #expect(loadError([scratch.path]) == .isDirectory(scratch.path))
    }

    @Test func emptyFile() {
        let scratch = ScratchDirectory()
        let path = scratch.write("empty.jsonl", "")
        #expect(loadError([path]) == .emptyFile(path))
    }

    @Test func binaryFile() {
        let scratch = ScratchDirectory()
        let path = scratch.write("image.jsonl", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        #expect(loadError([path]) == .binaryFile(path))
    }

    @Test func unknownFormat() {
        let scratch = ScratchDirectory()
        let path = scratch.write("notes.txt", "just some words\nmore words\n")
        #expect(loadError([path]) == .unknownFormat(path))
        #expect(
            LoadError.unknownFormat(path).description
                == "cannot load \(path): unknown format (name one with --format: jsonl, csv, tsv, "
                + "convokit, twcs, reddit, hackernews, atom, wordpress, disqus)"
        )
    }

    @Test func aFileWithNoReadableRecordHasNoFields() {
        let scratch = ScratchDirectory()
        let path = scratch.write("junk.jsonl", "{oops\n{\"a\":\n")
        #expect(loadError([path]) == .missingField(path, field: .id, available: []))
        #expect(
            LoadError.missingField(path, field: .id, available: []).description
                == "cannot load \(path): no id field found: no readable record names any field")
    }

    @Test func formatOverrideBeatsTheExtension() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("data.csv", #"{"id":"1","text":"x"}"# + "\n")
        let result = try CorpusLoader.load([path], options: LoadOptions(format: .jsonl))
        #expect(result.reports[0].format == .jsonl)
        #expect(result.corpus.utteranceCount == 1)
    }

    @Test(arguments: [
        ("a.jsonl", CorpusFormat.jsonl), ("a.NDJSON", .jsonl), ("a.json", .jsonl),
        ("a.csv", .csv), ("a.tsv", .tsv), ("a.tab", .tsv),
    ])
    func formatByExtension(name: String, format: CorpusFormat) {
        #expect(FormatDetector.detect(path: "/x/" + name, head: []) == format)
    }

    @Test func formatByContent() {
        func detect(_ text: String) -> CorpusFormat? {
            FormatDetector.detect(path: "data", head: Array(text.utf8))
        }
        #expect(detect("  \n{\"id\":1}") == .jsonl)
        #expect(detect("id\ttext\n") == .tsv)
        #expect(detect("id,text\n") == .csv)
        #expect(detect("hello\n") == nil)
    }

    @Test func aFailedFileLeavesNothingHalfLoaded() throws {
        let scratch = ScratchDirectory()
        let good = scratch.write("good.jsonl", #"{"id":"1","text":"x"}"# + "\n")
        let bad = scratch.write("bad.jsonl", #"{"id":"2"}"# + "\n")
        let before = try CorpusLoader.load([good], options: LoadOptions()).corpus
        let error = loadError([good, bad], options: LoadOptions(policy: .stop))
        #expect(error != nil)
        #expect(before.utteranceCount == 1)
    }
}

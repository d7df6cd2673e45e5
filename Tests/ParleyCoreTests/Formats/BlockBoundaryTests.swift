import Testing

@testable import ParleyCore

/// Loads the same files with tiny read blocks, so that block ends fall inside quotes,
/// between CR and LF, inside escapes and inside the byte order mark, and checks that
/// nothing changes.
@Suite struct BlockBoundaryTests {
    static let inputs: [(name: String, text: String)] = [
        (
            "a.jsonl",
            "\u{FEFF}"
                + [
                    #"{"id":"1","text":"caf\u00e9 \ud83d\ude00 \"q\"","meta":{"k":[1,2]}}"#,
                    "",
                    #"{"id":"2","parent":1,"text":"two"}"#,
                    #"{"id":"bad""#,
                    #"{"id":"1","text":"dup"}"#,
                    #"{"id":"3","parent":"2","text":"three","time":"2017-10-31T22:10:47Z"}"#,
                ].joined(separator: "\r\n")
        ),
        (
            "b.csv",
            "\u{FEFF},id,parent,text\r\n"
                + "0,1,,\"quoted, \"\"with\"\" comma\r\nand newline\"\r\n"
                + "1,2,1,plain\r"
                + "2,3,2,\"\"\"\"\n"
                + "3,4,\n"
                + "4,5,3,\"unterminated\n"
        ),
        ("c.tsv", "\n\r\nid\ttext\n1\t\"tab\there\"\n2\tx\r\n3\t\"a\"\"b\""),
    ]

    struct Snapshot: Equatable {
        var utterances: [String]
        var problems: [String]
        var counts: [Int]
    }

    static func snapshot(_ path: String, blockSize: Int) throws -> Snapshot {
        let result = try CorpusLoader.load(
            [path], options: LoadOptions(), appendingTo: nil, blockSize: blockSize)
        let corpus = result.corpus
        let report = result.reports[0]
        return Snapshot(
            utterances: corpus.utteranceIndices.map { index in
                let utterance = corpus.utterance(index)
                return "\(utterance.id)|\(utterance.replyTo ?? "-")|\(utterance.text)|"
                    + "\(utterance.source?.line ?? 0)|\(utterance.timestamp ?? 0)|"
                    + "\(utterance.metadata.map { "\($0.key)=\($0.value.text)" })"
            },
            problems: problemLines(report),
            counts: [report.recordCount, report.loadedCount, report.skippedCount])
    }

    @Test(arguments: 0..<3)
    func tinyBlocksGiveTheSameResult(input: Int) throws {
        let scratch = ScratchDirectory()
        let path = scratch.write(Self.inputs[input].name, Self.inputs[input].text)
        let expected = try Self.snapshot(path, blockSize: 1 << 20)
        #expect(!expected.utterances.isEmpty)
        for blockSize in 1...48 {
            let got = try Self.snapshot(path, blockSize: blockSize)
            #expect(got.utterances == expected.utterances, "block \(blockSize)")
            #expect(got.problems == expected.problems, "block \(blockSize)")
            #expect(got.counts == expected.counts, "block \(blockSize)")
        }
    }

    @Test func expectedContentOfTheCSVInput() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write(Self.inputs[1].name, Self.inputs[1].text)
        let snapshot = try Self.snapshot(path, blockSize: 1 << 20)
        #expect(
            snapshot.utterances == [
                "1|-|quoted, \"with\" comma\r\nand newline|2|0.0|[]",
                "2|1|plain|4|0.0|[]",
                "3|2|\"|4|0.0|[]",
            ])
        #expect(
            snapshot.problems == [
                "5: expected 4 fields, found 3", "6: malformed CSV: unterminated quoted field",
            ])
    }
}

import Testing

@testable import ParleyCore

@Suite struct JSONLValueTests {
    @Test func escapesAndSurrogatePairsDecode() throws {
        let line = #"{"id":"1","text":"q\"b\\s\/n\nt\tu\u00e9\ud83d\ude00\b\f\r"}"#
        let (corpus, report, _) = try loadText(line)
        #expect(report.problems.isEmpty)
        #expect(corpus.text(of: 0) == "q\"b\\s/n\nt\tué😀\u{8}\u{C}\r")
    }

    @Test func escapedKeysAreMatched() throws {
        let (corpus, report, _) = try loadText(#"{"\u0069d":"1","te\u0078t":"x"}"#)
        #expect(report.fieldNames[.id] == "id")
        #expect(corpus.id(of: 0) == "1")
    }

    @Test func metadataKeepsKindsAndCompactNestedJSON() throws {
        let line = """
            {"id":"1","text":"x","s":"str","n":-1.5e3,"b":true,"f":false,"z":null,\
            "o":{ "a" : [1, {"b": "c\\"d"}, []] , "e":{} },"a":[ ]}
            """
        let (corpus, report, _) = try loadText(line)
        #expect(report.problems.isEmpty)
        let metadata = corpus.metadata.entries(of: 0)
        #expect(metadata.map(\.key) == ["s", "n", "b", "f", "z", "o", "a"])
        #expect(
            metadata.map(\.value) == [
                .string("str"), .number("-1.5e3"), .bool(true), .bool(false), .null,
                MetadataValue(.json, #"{"a":[1,{"b":"c\"d"},[]],"e":{}}"#),
                MetadataValue(.json, "[]"),
            ])
    }

    /// With metadata stored a column per key, a second value for a key in one record
    /// replaces the first instead of being a second entry of the same name.
    @Test func aMetadataKeyGivenTwiceKeepsTheLaterValueInItsFirstPlace() throws {
        let text = [
            #"{"id":"1","text":"x","a":1,"b":"k","a":"later"}"#,
            #"{"id":"2","text":"y","b":"k2","a":2}"#,
        ].joined(separator: "\n")
        let (corpus, report, _) = try loadText(text)
        #expect(report.problems.isEmpty)
        #expect(corpus.metadata.entries(of: 0).map(\.key) == ["a", "b"])
        #expect(corpus.metadata.value(of: 0, key: "a") == .string("later"))
        #expect(corpus.metadata.entries(of: 1).map(\.key) == ["b", "a"])
        #expect(corpus.metadata.value(of: 1, key: "a") == .number("2"))
    }

    /// Records that each bring a key of their own (hostile or generated data). The key
    /// classifier scanned every known key on a miss, so such a file loaded in quadratic
    /// time (300,000 records: 26 s, now under a second; the benchmark measures it, this
    /// pins what comes out).
    @Test func recordsThatEachBringANewKeyKeepTheirOwnValues() throws {
        let count = 3000
        let text = (0..<count).map { #"{"id":"\#($0)","text":"t","k\#($0)":\#($0),"s":1}"# }
            .joined(separator: "\n")
        let (corpus, report, _) = try loadText(text)
        #expect(report.loadedCount == count)
        #expect(corpus.metadata.keys.count == count + 1)
        for index in stride(from: 0, to: count, by: 97) {
            #expect(corpus.metadata.entries(of: index).map(\.key) == ["k\(index)", "s"])
            #expect(corpus.metadata.value(of: index, key: "k\(index)") == .number("\(index)"))
        }
    }

    /// Two parsers number keys on their own and each batch lists every key its parser has
    /// seen; the sink extends what it looked up for the parser's last batch. New keys all
    /// through a file read in many blocks (each split between the two parsers) must come
    /// out under their own names.
    @Test func keysFirstSeenInLaterBlocksOfEitherParserKeepTheirNames() throws {
        let count = 20_000
        let lines = (0..<count).map { index in
            #"{"id":"\#(index)","text":"some text","k\#(index / 7)":\#(index),"s":"x"}"#
        }
        let scratch = ScratchDirectory()
        let path = scratch.write("keys.jsonl", lines.joined(separator: "\n"))
        for blockSize in [300_000, 1 << 22] {
            let corpus = try CorpusLoader.load(
                [path], options: LoadOptions(), appendingTo: nil, blockSize: blockSize
            ).corpus
            #expect(corpus.utteranceCount == count)
            for index in stride(from: 0, to: count, by: 13) {
                let entries = corpus.metadata.entries(of: index)
                #expect(entries.map(\.key) == ["k\(index / 7)", "s"], "block \(blockSize)")
                #expect(entries.first?.value == .number("\(index)"))
            }
        }
    }

    @Test func numberIDsAndFloatParentsBecomeIDText() throws {
        let text = [
            #"{"id":3,"text":"root"}"#,
            #"{"id":42,"parent":3.0,"text":"reply"}"#,
            #"{"id":"7.0","parent":42.50,"text":"string id keeps its text"}"#,
        ].joined(separator: "\n")
        let (corpus, _, _) = try loadText(text)
        #expect(corpus.utteranceIndices.map { corpus.id(of: $0) } == ["3", "42", "7.0"])
        #expect(corpus.forest.parent(of: 1) == 0)
        #expect(corpus.replyTo(of: 2) == "42.50")
        #expect(corpus.forest.orphans == [2])
    }

    @Test func emptyOrNullParentMeansNoParent() throws {
        let text = [
            #"{"id":"1","parent":"","text":"a"}"#,
            #"{"id":"2","parent":null,"text":"b"}"#,
        ].joined(separator: "\n")
        let (corpus, _, _) = try loadText(text)
        #expect(corpus.replyTo(of: 0) == nil)
        #expect(corpus.replyTo(of: 1) == nil)
        #expect(corpus.forest.orphans.isEmpty)
    }

    @Test func speakerMissingOrEmptyIsUnknown() throws {
        let text = [
            #"{"id":"1","author":"","text":"a"}"#,
            #"{"id":"2","text":"b","author":"ann"}"#,
            #"{"id":"3","text":"c"}"#,
        ].joined(separator: "\n")
        let (corpus, _, _) = try loadText(text)
        #expect(
            corpus.utteranceIndices.map { corpus.speakerID(of: $0) } == [
                Speaker.unknownID, "ann", Speaker.unknownID,
            ])
        #expect(corpus.speakerCount == 2)
    }

    @Test func timeForms() throws {
        let text = [
            #"{"id":"1","text":"a","time":1509487847}"#,
            #"{"id":"2","text":"b","time":1509487847.5}"#,
            #"{"id":"3","text":"c","time":"1509487847"}"#,
            #"{"id":"4","text":"d","time":1509487847000}"#,
            #"{"id":"5","text":"e","time":"2017-10-31T22:10:47Z"}"#,
            #"{"id":"6","text":"f","time":null}"#,
        ].joined(separator: "\n")
        let (corpus, report, _) = try loadText(text)
        #expect(report.problems.isEmpty)
        #expect(
            corpus.utteranceIndices.map { corpus.timestamp(of: $0) } == [
                1_509_487_847, 1_509_487_847.5, 1_509_487_847, 1_509_487_847, 1_509_487_847, nil,
            ])
    }

    @Test func aHugeLineLoads() throws {
        let body = String(repeating: "word é ", count: 3_000_000)  // about 24 MB
        let text =
            #"{"id":"a","text":"short"}"# + "\n" + #"{"id":"big","text":""#
            + body + #""}"# + "\n" + #"{"id":"c","text":"after"}"#
        let (corpus, report, _) = try loadText(text)
        #expect(report.problems.isEmpty)
        #expect(corpus.utteranceCount == 3)
        #expect(corpus.textByteCount(of: 1) == body.utf8.count)
        #expect(corpus.text(of: 2) == "after")
        #expect(corpus.source(of: 2)?.line == 3)
    }

    @Test func manyBlocksKeepLineNumbersAndOrder() throws {
        // About 6 MB: several read blocks and parallel pieces.
        let count = 60_000
        let lines = (0..<count).map { index in
            let parent = index == 0 ? "" : "\(index / 2)"
            let padding = String(repeating: "x", count: 60 + index % 50)
            return #"{"id":"\#(index)","parent":"\#(parent)","text":"\#(padding)"}"#
        }
        let (corpus, report, _) = try loadText(lines.joined(separator: "\n") + "\n")
        #expect(report.loadedCount == count)
        #expect(corpus.utteranceIndices.allSatisfy { corpus.id(of: $0) == "\($0)" })
        #expect(corpus.source(of: count - 1)?.line == count)
        #expect(corpus.forest.parent(of: count - 1) == (count - 1) / 2)
        #expect(corpus.conversationCount == 1)
    }
}

import Testing

@testable import ParleyCore

@Suite struct CSVLoaderTests {
    @Test func quotedFieldsNewlinesAndEscapes() throws {
        let text =
            "id,author,text,extra\r\n"
            + "1,ann,\"hello, \"\"world\"\"\",x\r\n"
            + "2,bob,\"two\nlines\r\nhere\",\n"
            + "3,cy,plain,\"\"\n"
        let (corpus, report, _) = try loadText(text, name: "c.csv")
        #expect(report.problems.isEmpty)
        #expect(report.format == .csv)
        #expect(
            corpus.utteranceIndices.map { corpus.text(of: $0) } == [
                "hello, \"world\"", "two\nlines\r\nhere", "plain",
            ])
        #expect(corpus.source(of: 2)?.line == 6)
        #expect(corpus.metadata.entries(of: 0).map(\.key) == ["extra"])
        #expect(corpus.metadata.value(of: 0, key: "extra") == .string("x"))
        #expect(corpus.metadata.value(of: 1, key: "extra") == .string(""))
    }

    @Test func wrongColumnCountAndMissingFields() throws {
        let text = """
            id,parent,text
            1,,root
            2,1
            ,1,no id
            4,1,ok
            1,,dup
            6,1,"unterminated
            """
        let (corpus, report, _) = try loadText(text, name: "bad.csv")
        #expect(
            problemLines(report) == [
                "3: expected 3 fields, found 2",
                "4: missing id field",
                "6: duplicate id '1' (first at line 2)",
                "7: malformed CSV: unterminated quoted field",
            ])
        #expect(report.loadedCount == 2)
        #expect(report.skippedCount == 4)
        #expect(corpus.forest.parent(of: 1) == 0)
    }

    @Test func textAfterAClosingQuoteIsMalformed() throws {
        let (_, report, _) = try loadText("id,text\n1,\"a\"b\n2,c\n", name: "q.csv")
        #expect(problemLines(report) == ["2: malformed CSV: text after a closing quote"])
        #expect(report.loadedCount == 1)
    }

    @Test func tsvWithQuotesAndDetectionByContent() throws {
        let text =
            "tweet_id\tauthor_id\ttext\tin_response_to_tweet_id\n"
            + "10\tbrand\t\"tab\tinside\"\t\n"
            + "11\tcustomer\tthanks\t10.0\n"
        let (corpus, report, _) = try loadText(text, name: "data.txt")
        #expect(report.format == .tsv)
        #expect(corpus.text(of: 0) == "tab\tinside")
        #expect(corpus.forest.parent(of: 1) == 0)
        #expect(corpus.speakerID(of: 1) == "customer")
    }

    @Test func tabExtensionIsTSV() throws {
        let (_, report, _) = try loadText("id\ttext\n1\tx\n", name: "d.tab")
        #expect(report.format == .tsv)
        #expect(report.loadedCount == 1)
    }

    @Test func bareCarriageReturnEndsARecord() throws {
        let text = "id,text,n\n1,a,1\n2,b\r\rc,2\n3,d,3\n"
        let (corpus, report, _) = try loadText(text, name: "cr.csv")
        #expect(
            problemLines(report) == [
                "3: expected 3 fields, found 2", "3: expected 3 fields, found 2",
            ])
        #expect(corpus.utteranceIndices.map { corpus.id(of: $0) } == ["1", "3"])
        #expect(corpus.source(of: 1)?.line == 4)
    }

    @Test func unnamedColumnIsNotAField() throws {
        let (corpus, report, _) = try loadText(",id,text\n0,a,x\n1,b,y\n", name: "p.csv")
        #expect(report.fieldNames[.id] == "id")
        #expect(corpus.metadata.entries(of: 0).isEmpty)
    }

    @Test func fieldsReadInPlaceOrRewrittenGiveTheSameValuesAtEveryBlockSize() throws {
        // Escapes are rewritten; a block with invalid UTF-8 is repaired field by field; a
        // valid block's fields are read where they lie, even with characters cut by the
        // block's end.
        let bytes =
            Array("id,text,extra\n1,\"say \"\"hi\"\"\",ok\n2,caf".utf8) + [0xE9]
            + Array(",\"x \"\"y\"\"\"\n3,\"plain, é\",z".utf8) + [0xE9]
            + Array("\n4,naïve,\"\"\"\"\n".utf8)
        let scratch = ScratchDirectory()
        let path = scratch.write("mixed.csv", bytes: bytes)
        for blockSize in [1, 2, 3, 5, 8, 13, 21, 34, 1 << 20] {
            let result = try CorpusLoader.load(
                [path], options: LoadOptions(), appendingTo: nil, blockSize: blockSize)
            let corpus = result.corpus
            #expect(
                corpus.utteranceIndices.map { corpus.text(of: $0) } == [
                    "say \"hi\"", "caf\u{FFFD}", "plain, é", "naïve",
                ], "block size \(blockSize)")
            #expect(
                corpus.utteranceIndices.map { corpus.metadata.value(of: $0, key: "extra")?.text }
                    == ["ok", "x \"y\"", "z\u{FFFD}", "\""], "block size \(blockSize)")
            #expect(
                problemLines(result.reports[0]) == [
                    "3: warning: invalid UTF-8 replaced with U+FFFD",
                    "4: warning: invalid UTF-8 replaced with U+FFFD",
                ], "block size \(blockSize)")
        }
    }

    @Test func invalidUTF8InCSVIsWarned() throws {
        let scratch = ScratchDirectory()
        let bytes = Array("id,text\n1,caf".utf8) + [0xE9] + Array("\n".utf8)
        let result = try CorpusLoader.load(
            [scratch.write("l.csv", bytes: bytes)], options: LoadOptions())
        #expect(
            problemLines(result.reports[0]) == [
                "2: warning: invalid UTF-8 replaced with U+FFFD"
            ])
        #expect(result.corpus.text(of: 0) == "caf\u{FFFD}")
    }

    @Test func csvHeaderWithoutTextField() throws {
        let scratch = ScratchDirectory()
        let error = loadError([scratch.write("h.csv", "\u{FEFF}id,title\n1,x\n")])
        guard case .missingField(_, .text, ["id", "title"]) = error else {
            Issue.record("expected a missing text field, got \(String(describing: error))")
            return
        }
    }

    @Test func csvTimesAndRoles() throws {
        let text = """
            id,text,created_at,role,author
            1,a,Tue Oct 31 22:10:47 +0000 2017,agent,brand
            2,b,2017-10-31 22:10:47,customer,ann
            3,c,,,ann
            4,d,soon,,ann
            """
        let (corpus, report, _) = try loadText(text, name: "t.csv")
        #expect(problemLines(report) == ["5: warning: unreadable time 'soon'"])
        #expect(
            corpus.utteranceIndices.map { corpus.timestamp(of: $0) } == [
                1_509_487_847, 1_509_487_847, nil, nil,
            ])
        #expect(corpus.role(of: 0) == .organization)
        #expect(corpus.role(of: 1) == .customer)
    }

    @Test func largeCSVAcrossBlocks() throws {
        // About 3.5 MB: records cross the 2 MB read blocks.
        let rows = (0..<40_000).map {
            "\($0),\"line one of a longer text\nline, two, \"\"quoted\"\" \($0)\",\($0 / 3)"
        }
        let (corpus, report, _) = try loadText(
            "id,text,parent\n" + rows.joined(separator: "\r\n") + "\r\n", name: "big.csv")
        #expect(report.problems.isEmpty)
        #expect(corpus.utteranceCount == 40_000)
        #expect(corpus.source(of: 39_999)?.line == 2 + 39_999 * 2)
        #expect(corpus.text(of: 39_999) == "line one of a longer text\nline, two, \"quoted\" 39999")
    }
}

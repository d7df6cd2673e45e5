import Testing

@testable import ParleyShell

@Suite struct CSVFieldTests {
    @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
    func formulaTriggersAreGuarded(text: String) {
        let encoded = CSVField.encode(.text(text))
        #expect(encoded.hasPrefix("'") || encoded.hasPrefix("\"'"))
        #expect(CSVField.encode(.string(text)) == encoded)
    }

    @Test func guardedCellsReadAsText() {
        #expect(
            CSVField.encode(.text("=HYPERLINK(\"http://x\")")) == #""'=HYPERLINK(""http://x"")""#)
        #expect(CSVField.encode(.text("-lol")) == "'-lol")
        #expect(CSVField.encode(.text("\tx")) == #"'\tx"#)
        #expect(CSVField.encode(.text("\r\nx")) == "\"'\\x0d\nx\"")
    }

    @Test func numbersAreNeverGuarded() {
        #expect(CSVField.encode(.int(-3)) == "-3")
        #expect(CSVField.encode(.double(-0.5)) == "-0.5")
        #expect(CSVField.encode(.double(-0.0)) == "0")
        // A number that arrived as text is text, and text starting with `-` is guarded.
        #expect(CSVField.encode(.string("-3")) == "'-3")
    }

    @Test func safeTextIsLeftAlone() {
        #expect(CSVField.encode(.text("a=b")) == "a=b")
        #expect(CSVField.encode(.text("")) == "")
        #expect(CSVField.encode(.null) == "")
        #expect(CSVField.encode(.bool(true)) == "true")
    }

    @Test func quotingFollowsRFC4180() {
        #expect(CSVField.quote("a,b") == #""a,b""#)
        #expect(CSVField.quote(#"say "hi""#) == #""say ""hi""""#)
        #expect(CSVField.quote("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.quote(" padded") == #"" padded""#)
        #expect(CSVField.quote("padded ") == #""padded ""#)
        #expect(CSVField.quote("in side") == "in side")
    }

    @Test func headerNamesAreGuardedToo() {
        let table = Table(columns: [Table.Column("=cmd"), Table.Column("a,b")], rows: [[1, 2]])
        #expect(RenderFixtures.render(.table(table), .csv) == "'=cmd,\"a,b\"\n1,2\n")
    }

    @Test func listsAndTimesInCSV() {
        let table = Table(
            columns: [Table.Column("tags"), Table.Column("time"), Table.Column("wait")],
            rows: [[.list(["billing", "refund"]), .time(1_509_487_847), .duration(185)]])
        #expect(
            RenderFixtures.render(.table(table), .csv)
                == "tags,time,wait\n\"billing, refund\",2017-10-31T22:10:47Z,3m 5s\n")
    }
}

import Testing

@testable import ParleyShell

@Suite struct ThreadRenderingTests {
    typealias F = RenderFixtures

    @Test func smallTreeInTableMode() {
        #expect(
            F.render(.thread(F.thread), .table) == """
                post-1  blogowner  How do you build a customer-focused culture?
                ├─ c001  maria  We start every meeting with a customer story.
                │  └─ c002  blogowner  Thanks!
                └─ c003  li  Surveys.

                """)
    }

    @Test func textIsCutToTheWidthUnlessFullTextIsAsked() {
        let cut = F.render(.thread(F.thread), .table, width: 30)
        #expect(
            cut == """
                post-1  blogowner  How do you…
                ├─ c001  maria  We start ever…
                │  └─ c002  blogowner  Thanks!
                └─ c003  li  Surveys.

                """)
        var full = F.thread
        full.showsFullText = true
        let whole = F.render(.thread(full), .table, width: 30)
        #expect(whole.contains("├─ c001  maria  We start every meeting with a customer story.\n"))
    }

    @Test func nullCellsAreSkipped() {
        let thread = ThreadView(
            table: Table(
                columns: [Table.Column("id"), Table.Column("speaker"), Table.Column("text")],
                rows: [["r", .null, .text("root")], ["a", "x", .text("reply")]]),
            depths: [0, 1], showsFullText: false)
        #expect(F.render(.thread(thread), .table) == "r  root\n└─ a  x  reply\n")
    }

    @Test func smallTreeInPlainMode() {
        #expect(
            F.render(.thread(F.thread), .plain) == """
                id\tspeaker\ttext
                post-1\tblogowner\tHow do you build a customer-focused culture?
                c001\tmaria\t  We start every meeting with a customer story.
                c002\tblogowner\t    Thanks!
                c003\tli\t  Surveys.

                """)
    }

    @Test func smallTreeInMachineModes() {
        #expect(
            F.render(.thread(F.thread), .jsonl) == """
                {"depth":0,"id":"post-1","speaker":"blogowner","text":"How do you build a customer-focused culture?"}
                {"depth":1,"id":"c001","speaker":"maria","text":"We start every meeting with a customer story."}
                {"depth":2,"id":"c002","speaker":"blogowner","text":"Thanks!"}
                {"depth":1,"id":"c003","speaker":"li","text":"Surveys."}

                """)
        let json = F.render(.thread(F.thread), .json)
        #expect(json.hasPrefix("[\n{\"depth\":0,\"id\":\"post-1\""))
        #expect(
            json.hasSuffix(
                "{\"depth\":1,\"id\":\"c003\",\"speaker\":\"li\",\"text\":\"Surveys.\"}\n]\n"))
        #expect(
            F.render(.thread(F.thread), .csv) == """
                depth,id,speaker,text
                0,post-1,blogowner,How do you build a customer-focused culture?
                1,c001,maria,We start every meeting with a customer story.
                2,c002,blogowner,Thanks!
                1,c003,li,Surveys.

                """)
        let markdown = F.render(.thread(F.thread), .markdown)
        #expect(markdown.hasPrefix("| depth | id | speaker | text |\n| ---: | --- | --- | --- |\n"))
        #expect(markdown.hasSuffix("| 1 | c003 | li | Surveys. |\n"))
    }

    @Test func siblingsAfterADeepSubtreeKeepTheirBranch() {
        // a ├ b │ ├ c │ │ └ d │ └ e └ f
        let thread = ThreadView(
            table: Table(
                columns: [Table.Column("id")],
                rows: [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]),
            depths: [0, 1, 2, 3, 2, 1], showsFullText: false)
        #expect(
            F.render(.thread(thread), .table) == """
                a
                ├─ b
                │  ├─ c
                │  │  └─ d
                │  └─ e
                └─ f

                """)
    }

    @Test func deepChainRendersEveryLineWithADepthMarker() {
        let count = 100_000
        let output = F.render(.thread(F.chain(count)), .table, width: 200, maxRows: count)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == count + 1)  // the last element is after the final newline
        let deepest = String(lines[count - 1])
        #expect(deepest.contains("┄[depth 99999] u99999  reply 99999"))
        #expect(deepest.hasPrefix(String(repeating: "   ", count: 23) + "   ┄"))
        #expect(String(lines[24]) == String(repeating: "   ", count: 23) + "└─ u24  reply 24")
        #expect(String(lines[25]).hasSuffix("┄[depth 25] u25  reply 25"))
    }

    @Test func deepChainInPlainModeCapsTheIndent() {
        let output = F.render(.thread(F.chain(30)), .plain)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 31)
        #expect(
            String(lines[30]) == "u29\t" + String(repeating: "  ", count: 24)
                + "[depth 29] reply 29")
    }

    @Test func threadRowsAreCappedInTableModeWithAFooter() {
        let output = F.render(.thread(F.chain(5)), .table, maxRows: 3)
        #expect(
            output
                == "u0  reply 0\n└─ u1  reply 1\n   └─ u2  reply 2\n"
                + "… 2 more rows (use mode plain/csv/jsonl for all)\n")
    }

    @Test func inconsistentDepthsDoNotCrash() {
        let thread = ThreadView(
            table: Table(columns: [Table.Column("id")], rows: [["a"], ["b"], ["c"]]),
            depths: [5, -3, 40], showsFullText: false)
        #expect(F.render(.thread(thread), .table) == "a\nb\n└─ c\n")
        #expect(F.render(.thread(thread), .jsonl).contains(#"{"depth":2,"id":"c"}"#))
    }

    @Test func treeBranchesAreDimOnlyWithColour() {
        let coloured = F.render(.thread(F.thread), .table, color: true)
        #expect(coloured.contains("\u{1B}[2m├─ \u{1B}[0mc001"))
        #expect(!F.render(.thread(F.thread), .table).contains("\u{1B}"))
    }
}

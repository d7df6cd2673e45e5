import Synchronization
import Testing

@testable import ParleyShell

@Suite struct TableModeTests {
    typealias F = RenderFixtures

    static let wide = Table(
        columns: [Table.Column("id"), Table.Column("text")],
        rows: [
            ["c1", .text("The quick brown fox jumps over the lazy dog")],
            ["c2", .text("short")],
        ])

    @Test func textColumnIsCutWithAnEllipsisToFitTheWidth() {
        let output = F.render(.table(Self.wide), .table, width: 20)
        #expect(
            output == """
                id  text
                ──  ────────────────
                c1  The quick brown…
                c2  short

                """)
        for line in output.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 20)
        }
    }

    @Test func widestTextColumnShrinksFirst() {
        let table = Table(
            columns: [Table.Column("a"), Table.Column("b")],
            rows: [[.text("0123456789"), .text("abcdefghijklmnopqrstuvwxyz")]])
        #expect(
            F.render(.table(table), .table, width: 30)
                == "a           b\n──────────  ──────────────────\n0123456789  abcdefghijklmnopq…\n"
        )
    }

    @Test func nonTextColumnsAreNeverCut() {
        let table = Table(
            columns: [Table.Column("id")], rows: [["an-identifier-longer-than-the-width"]])
        #expect(
            F.render(.table(table), .table, width: 10).contains(
                "an-identifier-longer-than-the-width"))
    }

    @Test func cutsNeverSplitAnEscapeOrAWideCharacter() {
        let escape = TextFitting.fit("ab\u{1B}cd", .singleLine, maxWidth: 5)
        #expect(escape == VisibleText(text: "ab…", width: 3))
        let wide = TextFitting.fit("世界世界", .singleLine, maxWidth: 6)
        #expect(wide == VisibleText(text: "世界…", width: 5))
        let combining = TextFitting.fit("e\u{301}e\u{301}e\u{301}", .singleLine, maxWidth: 2)
        #expect(combining == VisibleText(text: "e\u{301}…", width: 2))
        #expect(
            TextFitting.fit("fits", .singleLine, maxWidth: 4) == VisibleText(text: "fits", width: 4)
        )
    }

    @Test func columnsAlignByDisplayWidth() {
        let table = Table(
            columns: [Table.Column("name"), Table.Column("n", alignment: .right)],
            rows: [["世界", 1], ["ab", 22]])
        #expect(F.render(.table(table), .table) == "name   n\n────  ──\n世界   1\nab    22\n")
    }

    @Test func rowsBeyondTheMaximumAreCountedInAFooter() {
        let table = Table(columns: [Table.Column("n")], rowCount: 1_236) { [.int($0)] }
        let output = F.render(.table(table), .table, maxRows: 2)
        #expect(
            output
                == "n\n─\n0\n1\n… 1,234 more rows (use limit N, or mode plain/csv/jsonl for all)\n")
        #expect(F.render(.table(table), .plain).split(separator: "\n").count == 1_237)
    }

    @Test func tableModeReadsOnlyTheRowsItShows() {
        let reads = RowReadCounter()
        let table = Table(columns: [Table.Column("n")], rowCount: 1_000_000) { index in
            reads.count.add(1, ordering: .relaxed)
            return [.int(index)]
        }
        #expect(
            F.render(.table(table), .table, maxRows: 5).hasSuffix(
                "999,995 more rows (use limit N, or mode plain/csv/jsonl for all)\n"))
        #expect(reads.count.load(ordering: .relaxed) == 5)
    }

    @Test func colourOnlyWhenAsked() {
        let plain = F.render(.table(F.table), .table)
        let coloured = F.render(.table(F.table), .table, color: true)
        #expect(!plain.contains("\u{1B}"))
        #expect(
            coloured.hasPrefix("\u{1B}[1mid  speaker  likes  score  text\u{1B}[0m\n\u{1B}[2m──"))
        for mode in OutputMode.allCases where mode != .table {
            #expect(!F.render(.table(F.table), mode, color: true).contains("\u{1B}"))
        }
    }

    @Test func rowsWithMissingOrExtraValuesStillRender() {
        let table = Table(
            columns: [Table.Column("a"), Table.Column("b")], rows: [["x"], ["y", "z", "!"]])
        #expect(F.render(.table(table), .table) == "a  b\n─  ─\nx\ny  z\n")
        #expect(
            F.render(.table(table), .jsonl) == #"{"a":"x","b":null}"# + "\n" + #"{"a":"y","b":"z"}"#
                + "\n")
    }

    @Test func layoutGivesLeftoverColumnsBackLeftToRight() {
        let layout = TableLayout(
            natural: [4, 30, 30], shrinkable: [false, true, true], available: 45)
        #expect(layout.widths == [4, 19, 18])
        let unchanged = TableLayout(natural: [4, 10], shrinkable: [false, true], available: 45)
        #expect(unchanged.widths == [4, 10])
        let overflowing = TableLayout(natural: [40, 30], shrinkable: [false, true], available: 45)
        #expect(overflowing.widths == [40, TableLayout.minimumShrunkWidth])
    }
}

/// Counts calls to a table's row closure, which must be `Sendable`.
private final class RowReadCounter: Sendable {
    let count = Atomic<Int>(0)
}

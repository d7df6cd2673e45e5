import Testing

@testable import ParleyShell

/// Every mode for every kind of result, pinned to exact bytes.
@Suite struct RendererModeTests {
    typealias F = RenderFixtures

    @Test func tableInTableMode() {
        #expect(
            F.render(.table(F.table), .table) == """
                id  speaker  likes  score  text
                ──  ───────  ─────  ─────  ────────────
                c1  maria        3    0.5  Hello, world
                c2              -2  -0.25  =SUM(A1)

                """)
    }

    @Test func tableInPlainMode() {
        #expect(
            F.render(.table(F.table), .plain) == """
                id\tspeaker\tlikes\tscore\ttext
                c1\tmaria\t3\t0.5\tHello, world
                c2\t\t-2\t-0.25\t=SUM(A1)

                """)
    }

    @Test func tableInCSVMode() {
        #expect(
            F.render(.table(F.table), .csv) == """
                id,speaker,likes,score,text
                c1,maria,3,0.5,"Hello, world"
                c2,,-2,-0.25,'=SUM(A1)

                """)
    }

    @Test func tableInJSONMode() {
        #expect(
            F.render(.table(F.table), .json) == """
                [
                {"id":"c1","speaker":"maria","likes":3,"score":0.5,"text":"Hello, world"},
                {"id":"c2","speaker":null,"likes":-2,"score":-0.25,"text":"=SUM(A1)"}
                ]

                """)
    }

    @Test func tableInJSONLinesMode() {
        #expect(
            F.render(.table(F.table), .jsonl) == """
                {"id":"c1","speaker":"maria","likes":3,"score":0.5,"text":"Hello, world"}
                {"id":"c2","speaker":null,"likes":-2,"score":-0.25,"text":"=SUM(A1)"}

                """)
    }

    @Test func tableInMarkdownMode() {
        #expect(
            F.render(.table(F.table), .markdown) == """
                | id | speaker | likes | score | text |
                | --- | --- | ---: | ---: | --- |
                | c1 | maria | 3 | 0.5 | Hello, world |
                | c2 |  | -2 | -0.25 | =SUM(A1) |

                """)
    }

    @Test func emptyTableInEachMode() {
        let empty = CommandResult.table(Table(columns: [Table.Column("id")], rows: []))
        #expect(F.render(empty, .table) == "id\n──\n")
        #expect(F.render(empty, .plain) == "id\n")
        #expect(F.render(empty, .csv) == "id\n")
        #expect(F.render(empty, .json) == "[]\n")
        #expect(F.render(empty, .jsonl) == "")
        #expect(F.render(empty, .markdown) == "| id |\n| --- |\n")
    }

    @Test func recordInEachMode() {
        let record = CommandResult.record(F.record)
        #expect(
            F.render(record, .table) == """
                id         c1
                speaker    maria
                replies    2
                sentiment  0.4404

                """)
        #expect(
            F.render(record, .plain) == "id\tc1\nspeaker\tmaria\nreplies\t2\nsentiment\t0.4404\n")
        #expect(
            F.render(record, .csv)
                == "field,value\nid,c1\nspeaker,maria\nreplies,2\nsentiment,0.4404\n")
        #expect(
            F.render(record, .json)
                == #"{"id":"c1","speaker":"maria","replies":2,"sentiment":0.4404}"# + "\n")
        #expect(F.render(record, .jsonl) == F.render(record, .json))
        #expect(
            F.render(record, .markdown) == """
                | field | value |
                | --- | --- |
                | id | c1 |
                | speaker | maria |
                | replies | 2 |
                | sentiment | 0.4404 |

                """)
    }

    @Test func nestedRecordInTableModeIndentsItsFields() {
        let record: Record = [
            "utterances": 64, "depths": .record(["0": 1, "1": 40]), "orphans": 0,
        ]
        #expect(
            F.render(.record(record), .table) == """
                utterances  64
                depths
                  0         1
                  1         40
                orphans     0

                """)
        #expect(
            F.render(.record(record), .plain) == "utterances\t64\ndepths\t0=1 1=40\norphans\t0\n")
        #expect(
            F.render(.record(record), .json)
                == #"{"utterances":64,"depths":{"0":1,"1":40},"orphans":0}"# + "\n")
    }

    @Test func messageInEachMode() {
        let message = CommandResult.message("mode json")
        for mode in [OutputMode.table, .plain, .csv, .markdown] {
            #expect(F.render(message, mode) == "mode json\n")
        }
        #expect(F.render(message, .json) == #"{"message":"mode json"}"# + "\n")
        #expect(F.render(message, .jsonl) == #"{"message":"mode json"}"# + "\n")
    }

    @Test func proseInEachModeKeepsItsLines() {
        let prose = CommandResult.prose("load FILE\n\tLoads a corpus.\n")
        for mode in [OutputMode.table, .plain, .csv, .markdown] {
            #expect(F.render(prose, mode) == "load FILE\n\tLoads a corpus.\n")
        }
        #expect(F.render(prose, .json) == #"{"text":"load FILE\n\tLoads a corpus.\n"}"# + "\n")
    }

    @Test func noneWritesNothingInAnyMode() {
        for mode in OutputMode.allCases {
            #expect(F.render(.none, mode) == "")
        }
    }
}

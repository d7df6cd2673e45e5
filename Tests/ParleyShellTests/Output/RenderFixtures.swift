@testable import ParleyShell

/// Small results shared by the output tests.
enum RenderFixtures {
    static let table = Table(
        columns: [
            Table.Column("id"), Table.Column("speaker"), Table.Column("likes", alignment: .right),
            Table.Column("score", alignment: .right), Table.Column("text"),
        ],
        rows: [
            ["c1", "maria", 3, .double(0.5), .text("Hello, world")],
            ["c2", .null, -2, .double(-0.25), .text("=SUM(A1)")],
        ])

    static let record: Record = [
        "id": "c1", "speaker": "maria", "replies": 2, "sentiment": .double(0.4404),
    ]

    /// post-1 ├ c001 │ └ c002 └ c003
    static let thread = ThreadView(
        table: Table(
            columns: [Table.Column("id"), Table.Column("speaker"), Table.Column("text")],
            rows: [
                ["post-1", "blogowner", .text("How do you build a customer-focused culture?")],
                ["c001", "maria", .text("We start every meeting with a customer story.")],
                ["c002", "blogowner", .text("Thanks!")],
                ["c003", "li", .text("Surveys.")],
            ]),
        depths: [0, 1, 2, 1], showsFullText: false)

    /// A chain where row `i` replies to row `i - 1`.
    static func chain(_ count: Int) -> ThreadView {
        ThreadView(
            table: Table(
                columns: [Table.Column("id"), Table.Column("text")], rowCount: count,
                row: { [.string("u\($0)"), .text("reply \($0)")] }),
            depths: Array(0..<count), showsFullText: false)
    }

    static func render(
        _ result: CommandResult, _ mode: OutputMode, width: Int = 100, maxRows: Int = 200,
        color: Bool = false
    ) -> String {
        let sink = StringSink()
        let options = RenderOptions(mode: mode, color: color, width: width, maxTableRows: maxRows)
        Renderer(options: options).render(result, to: sink)
        return sink.text
    }

    /// A one-cell table holding `value` in a `.text` column named `v`.
    static func cell(_ value: Value) -> CommandResult {
        .table(Table(columns: [Table.Column("v")], rows: [[value]]))
    }
}

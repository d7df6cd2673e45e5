/// Markdown mode: GitHub-flavoured tables, written row by row.
///
/// A caller can rely on: `| a | b |` rows under a `| --- | ---: |` delimiter row (`---:`
/// for right-aligned columns); every row, no truncation, no padding; `|` in cells as `\|`,
/// newlines as `<br>`, other controls escaped as in every text mode. A record is a
/// `field | value` table; a thread has a right-aligned `depth` column first.
enum MarkdownRenderer {
    static func render(_ table: Table, to sink: TextSink) {
        guard !table.columns.isEmpty else { return }
        writeHeader(table.columns, to: sink)
        for row in 0..<table.rowCount { sink.write(line(table.values(at: row))) }
    }

    static func render(_ record: Record, to sink: TextSink) {
        writeHeader([Table.Column("field"), Table.Column("value")], to: sink)
        for field in record.fields { sink.write(line([.string(field.name), field.value])) }
    }

    static func render(_ thread: ThreadView, to sink: TextSink) {
        let table = thread.table
        let drawing = TreeDrawing(depths: thread.depths, rowCount: table.rowCount)
        writeHeader([Table.Column("depth", alignment: .right)] + table.columns, to: sink)
        for row in 0..<table.rowCount {
            sink.write(line([.int(drawing.depths[row])] + table.values(at: row)))
        }
    }

    private static func writeHeader(_ columns: [Table.Column], to sink: TextSink) {
        sink.write(line(columns.map { .string($0.name) }))
        let delimiters = columns.map { $0.alignment == .right ? "---:" : "---" }
        sink.write("| " + delimiters.joined(separator: " | ") + " |\n")
    }

    private static func line(_ values: [Value]) -> String {
        let cells = values.map { TextEscaping.escape(ValueFormatting.text($0), .markdownCell) }
        return "| " + cells.joined(separator: " | ") + " |\n"
    }
}

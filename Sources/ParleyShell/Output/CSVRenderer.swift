/// CSV mode (RFC 4180 with `\n` line endings), streamed row by row.
///
/// A caller can rely on: a header row of column names, then every row; fields encoded by
/// `CSVField` (quoting, formula guard, escaping). A record is a `field,value` table; a
/// thread has a `depth` column first.
enum CSVRenderer {
    static func render(_ table: Table, to sink: TextSink) {
        guard !table.columns.isEmpty else { return }
        sink.write(CSVField.line(table.columns.map { CSVField.encode(name: $0.name) }))
        for row in 0..<table.rowCount {
            sink.write(CSVField.line(table.values(at: row).map(CSVField.encode)))
        }
    }

    static func render(_ record: Record, to sink: TextSink) {
        sink.write(CSVField.line(["field", "value"]))
        for field in record.fields {
            sink.write(
                CSVField.line([CSVField.encode(name: field.name), CSVField.encode(field.value)]))
        }
    }

    static func render(_ thread: ThreadView, to sink: TextSink) {
        let table = thread.table
        let drawing = TreeDrawing(depths: thread.depths, rowCount: table.rowCount)
        let names = ["depth"] + table.columns.map(\.name)
        sink.write(CSVField.line(names.map { CSVField.encode(name: $0) }))
        for row in 0..<table.rowCount {
            let values = [Value.int(drawing.depths[row])] + table.values(at: row)
            sink.write(CSVField.line(values.map(CSVField.encode)))
        }
    }
}

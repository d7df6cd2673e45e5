/// Plain mode: tab-separated text for pipes and `cut`/`awk`, streamed row by row.
///
/// A caller can rely on: a header line of column names, then one line per row, every row
/// (no truncation), cells separated by one tab, no colour, no borders, no padding. Tabs
/// and newlines inside cells show as `\t` and `\n`, so a tab always separates cells and a
/// newline always ends a row. A record is `name<TAB>value` lines without a header.
enum PlainRenderer {
    static func render(_ table: Table, to sink: TextSink) {
        guard !table.columns.isEmpty else { return }
        sink.write(line(table.columns.map { .string($0.name) }))
        for row in 0..<table.rowCount { sink.write(line(table.values(at: row))) }
    }

    static func render(_ record: Record, to sink: TextSink) {
        for field in record.fields { sink.write(line([.string(field.name), field.value])) }
    }

    /// One tab-separated line, ended with `\n`.
    static func line(_ values: [Value]) -> String {
        values.map { TextEscaping.escape(ValueFormatting.text($0), .singleLine) }
            .joined(separator: "\t") + "\n"
    }
}

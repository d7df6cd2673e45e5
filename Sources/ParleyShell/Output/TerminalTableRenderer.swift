/// Table mode for tables and records: aligned columns for people at a terminal.
///
/// A caller can rely on: at most `maxTableRows` rows, then a footer saying how many were
/// left out; columns separated by two spaces and aligned by display width, right-aligned
/// when the column asks for it; a `─` rule under the header; `.text` columns shrunk and cut
/// with `…` so the line fits `width`; no trailing spaces; one line per row, with newlines
/// and tabs in data shown as `\n` and `\t`.
struct TerminalTableRenderer {
    let options: RenderOptions
    private var style: TerminalStyle { TerminalStyle(enabled: options.color) }

    /// A cell's text before escaping, kept so a cut can be made on graphemes of the data.
    private struct Cell {
        var raw: String
        var visible: VisibleText
    }

    func render(_ table: Table, to sink: TextSink) {
        guard !table.columns.isEmpty else { return }
        let shown = max(0, min(table.rowCount, options.maxTableRows))
        var shrinkable = [Bool](repeating: false, count: table.columns.count)
        var rows = [[Cell]]()
        rows.reserveCapacity(shown)
        for index in 0..<shown {
            let values = table.values(at: index)
            for (column, value) in values.enumerated() where value.isCorpusText {
                shrinkable[column] = true
            }
            rows.append(values.map(cell))
        }
        let header = table.columns.map { cell(.string($0.name)) }
        let natural = header.indices.map { column in
            rows.reduce(header[column].visible.width) { max($0, $1[column].visible.width) }
        }
        let layout = TableLayout(natural: natural, shrinkable: shrinkable, available: options.width)
        let alignRight = table.columns.map { $0.alignment == .right }
        sink.write(style.strong(line(header, layout, alignRight)) + "\n")
        let rule = layout.widths.map { String(repeating: "─", count: $0) }
        sink.write(style.faint(rule.joined(separator: TableLayout.separator)) + "\n")
        for row in rows { sink.write(line(row, layout, alignRight) + "\n") }
        if table.rowCount > shown {
            let footer = MoreRowsFooter.text(hidden: table.rowCount - shown, suggestsLimit: true)
            sink.write(style.faint(footer) + "\n")
        }
    }

    private func cell(_ value: Value) -> Cell {
        let raw = ValueFormatting.text(value)
        return Cell(raw: raw, visible: VisibleText(escaping: raw, .singleLine))
    }

    private func line(_ cells: [Cell], _ layout: TableLayout, _ alignRight: [Bool]) -> String {
        var parts = [String]()
        parts.reserveCapacity(cells.count)
        for (column, cell) in cells.enumerated() {
            let width = layout.widths[column]
            var visible = cell.visible
            if visible.width > width {
                visible = TextFitting.fit(cell.raw, .singleLine, maxWidth: width)
            }
            let isLast = column == cells.count - 1
            parts.append(
                isLast && !alignRight[column]
                    ? visible.text : TextFitting.pad(visible, to: width, right: alignRight[column]))
        }
        // Empty trailing cells would leave trailing spaces.
        var text = parts.joined(separator: TableLayout.separator)
        while text.utf8.last == UInt8(ascii: " ") { text.removeLast() }
        return text
    }

    /// `name  value` lines, names padded to one width; a nested record's fields follow
    /// its name on lines indented by two spaces per level.
    func render(_ record: Record, to sink: TextSink) {
        let lines = Self.flatten(record)
        let nameWidth = lines.reduce(0) { max($0, $1.indent * 2 + $1.name.width) }
        for entry in lines {
            let indent = String(repeating: "  ", count: entry.indent)
            guard let value = entry.value else {
                sink.write(indent + entry.name.text + "\n")
                continue
            }
            let name = TextFitting.pad(entry.name, to: nameWidth - entry.indent * 2, right: false)
            let text = TextEscaping.escape(ValueFormatting.text(value), .singleLine)
            let separator = text.isEmpty ? "" : TableLayout.separator
            sink.write(indent + (text.isEmpty ? entry.name.text : name) + separator + text + "\n")
        }
    }

    private struct RecordLine {
        var indent: Int
        var name: VisibleText
        /// `nil` for a nested record, whose fields follow on their own lines.
        var value: Value?
    }

    /// Depth-first, with an explicit stack so that nesting depth costs no call stack.
    private static func flatten(_ record: Record) -> [RecordLine] {
        var lines = [RecordLine]()
        var stack: [(fields: ArraySlice<Record.Field>, indent: Int)] = [(record.fields[...], 0)]
        while let top = stack.popLast() {
            guard let field = top.fields.first else { continue }
            stack.append((top.fields.dropFirst(), top.indent))
            let name = VisibleText(escaping: field.name, .singleLine)
            if case .record(let nested) = field.value {
                lines.append(RecordLine(indent: top.indent, name: name, value: nil))
                stack.append((nested.fields[...], top.indent + 1))
            } else {
                lines.append(RecordLine(indent: top.indent, name: name, value: field.value))
            }
        }
        return lines
    }
}

extension Value {
    /// Corpus text, which table mode may shorten.
    var isCorpusText: Bool {
        if case .text = self { return true }
        return false
    }
}

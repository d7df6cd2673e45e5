/// Reply trees in table and plain mode, one line per utterance, row by row.
///
/// Table mode: a box-drawing prefix from the depths (`├─ `, `└─ `, `│  `), then the row's
/// non-null cells separated by two spaces (a
/// duration, the delay since the parent, with a leading `+`). The row's last `.text` cell is cut with `…` so
/// the line fits `width`, unless `showsFullText`, when it is printed whole; at most
/// `maxTableRows` lines, then a footer. Plain mode: a header and tab-separated rows, every
/// row, with the last `.text` cell (the first cell when there is none) indented by two
/// spaces per level. Both cap the drawn depth at `TreeDrawing.maxDrawnDepth` and mark
/// deeper rows with their depth. Time and memory are linear in the rows shown.
struct ThreadRenderer {
    let options: RenderOptions
    private var style: TerminalStyle { TerminalStyle(enabled: options.color) }

    func renderTable(_ thread: ThreadView, to sink: TextSink) {
        let table = thread.table
        let drawing = TreeDrawing(depths: thread.depths, rowCount: table.rowCount)
        var walker = TreeDrawing.Walker(drawing)
        let shown = max(0, min(table.rowCount, options.maxTableRows))
        for row in 0..<shown {
            let prefix = walker.boxPrefix(row)
            let body = tableLine(
                table.values(at: row), available: options.width - DisplayWidth.of(prefix),
                fullText: thread.showsFullText)
            sink.write(style.faint(prefix) + body + "\n")
        }
        if table.rowCount > shown {
            let footer = MoreRowsFooter.text(hidden: table.rowCount - shown, suggestsLimit: false)
            sink.write(style.faint(footer) + "\n")
        }
    }

    private func tableLine(_ values: [Value], available: Int, fullText: Bool) -> String {
        let textColumn = values.lastIndex { $0.isCorpusText }
        var parts = [String]()
        var fixedWidth = 0
        for (column, value) in values.enumerated() where column != textColumn {
            if case .null = value { continue }
            // A delay reads as time since the parent: `+14m`.
            let shown = ValueFormatting.text(value)
            let visible = VisibleText(
                escaping: value.isDuration ? "+" + shown : shown, .singleLine)
            parts.append(visible.text)
            fixedWidth += visible.width + TableLayout.separator.count
        }
        guard let textColumn else { return parts.joined(separator: TableLayout.separator) }
        let raw = ValueFormatting.text(values[textColumn])
        let text =
            fullText
            ? TextEscaping.escape(raw, .singleLine)
            : TextFitting.fit(raw, .singleLine, maxWidth: max(available - fixedWidth, 1)).text
        // Put the text back where its column is among the non-null cells.
        let before = values[..<textColumn].enumerated().filter {
            if case .null = $0.element { return false }
            return true
        }.count
        parts.insert(text, at: before)
        return parts.joined(separator: TableLayout.separator)
    }

    func renderPlain(_ thread: ThreadView, to sink: TextSink) {
        let table = thread.table
        let drawing = TreeDrawing(depths: thread.depths, rowCount: table.rowCount)
        let walker = TreeDrawing.Walker(drawing)
        sink.write(PlainRenderer.line(table.columns.map { .string($0.name) }))
        for row in 0..<table.rowCount {
            var values = table.values(at: row)
            guard !values.isEmpty else { continue }
            let indented = values.lastIndex { $0.isCorpusText } ?? 0
            let indent = walker.indentPrefix(row)
            if !indent.isEmpty {
                values[indented] = .string(indent + ValueFormatting.text(values[indented]))
            }
            sink.write(PlainRenderer.line(values))
        }
    }
}

extension Value {
    fileprivate var isDuration: Bool {
        if case .duration = self { return true }
        return false
    }
}

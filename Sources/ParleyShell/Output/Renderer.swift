/// Turns a command's result into text for one output mode: the only place where results
/// become text, and the only place where data is escaped for a terminal.
///
/// A caller can rely on: the same result and options give the same bytes; nothing is
/// written for `.none`; streaming modes (`plain`, `csv`, `jsonl`) and also `json` and
/// `markdown` ask the table for one row at a time and write it before the next, while
/// `table` reads at most `maxTableRows` rows. Each mode's shapes are documented on its
/// renderer (`TerminalTableRenderer`, `ThreadRenderer`, `PlainRenderer`, `CSVRenderer`,
/// `JSONRenderer`, `MarkdownRenderer`); messages and prose are written as they are, with
/// controls escaped and one final newline, in every mode but the JSON ones.
public struct Renderer: Sendable {
    public let options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    public func render(_ result: CommandResult, to sink: TextSink) {
        switch result {
        case .none: return
        case .message(let text): renderText(text, jsonKey: "message", to: sink)
        case .prose(let text): renderText(text, jsonKey: "text", to: sink)
        case .record(let record): render(record, to: sink)
        case .table(let table): render(table, to: sink)
        case .thread(let thread): render(thread, to: sink)
        }
    }

    private func renderText(_ text: String, jsonKey: String, to sink: TextSink) {
        switch options.mode {
        case .json, .jsonl:
            sink.write(JSONWriter.object([(jsonKey, .string(text))]) + "\n")
        case .table, .plain, .csv, .markdown:
            let escaped = TextEscaping.escape(text, .multiline)
            sink.write(escaped.hasSuffix("\n") ? escaped : escaped + "\n")
        }
    }

    private func render(_ record: Record, to sink: TextSink) {
        switch options.mode {
        case .table: TerminalTableRenderer(options: options).render(record, to: sink)
        case .plain: PlainRenderer.render(record, to: sink)
        case .csv: CSVRenderer.render(record, to: sink)
        case .markdown: MarkdownRenderer.render(record, to: sink)
        case .json, .jsonl: sink.write(JSONWriter.object(record) + "\n")
        }
    }

    private func render(_ table: Table, to sink: TextSink) {
        switch options.mode {
        case .table: TerminalTableRenderer(options: options).render(table, to: sink)
        case .plain: PlainRenderer.render(table, to: sink)
        case .csv: CSVRenderer.render(table, to: sink)
        case .markdown: MarkdownRenderer.render(table, to: sink)
        case .json: JSONRenderer(linePerObject: false).render(table, to: sink)
        case .jsonl: JSONRenderer(linePerObject: true).render(table, to: sink)
        }
    }

    private func render(_ thread: ThreadView, to sink: TextSink) {
        switch options.mode {
        case .table: ThreadRenderer(options: options).renderTable(thread, to: sink)
        case .plain: ThreadRenderer(options: options).renderPlain(thread, to: sink)
        case .csv: CSVRenderer.render(thread, to: sink)
        case .markdown: MarkdownRenderer.render(thread, to: sink)
        case .json: JSONRenderer(linePerObject: false).render(thread, to: sink)
        case .jsonl: JSONRenderer(linePerObject: true).render(thread, to: sink)
        }
    }
}

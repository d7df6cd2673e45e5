/// The `json` and `jsonl` modes.
///
/// A caller can rely on these shapes, which stay stable:
/// - `json`: a table is an array with one compact object per line,
///   `[\n{"id":"c1","n":3},\n{"id":"c2","n":5}\n]\n` (`[]\n` when empty), keys in column
///   order; a record is one object on one line; a message is `{"message":"…"}` and prose
///   `{"text":"…"}`; a thread is an array of row objects, each with `depth` as its first
///   key; `none` writes nothing.
/// - `jsonl`: the same objects, one per line, without the enclosing array.
/// Rows are written one at a time, never gathered into one string.
struct JSONRenderer {
    /// `true` for `jsonl`.
    let linePerObject: Bool

    func render(_ table: Table, to sink: TextSink) {
        writeRows(table.rowCount, to: sink) { JSONWriter.object(table.fields(at: $0)) }
    }

    func render(_ thread: ThreadView, to sink: TextSink) {
        let table = thread.table
        let drawing = TreeDrawing(depths: thread.depths, rowCount: table.rowCount)
        writeRows(table.rowCount, to: sink) { row in
            JSONWriter.object([("depth", .int(drawing.depths[row]))] + table.fields(at: row))
        }
    }

    private func writeRows(_ count: Int, to sink: TextSink, _ object: (Int) -> String) {
        if linePerObject {
            for row in 0..<count { sink.write(object(row) + "\n") }
            return
        }
        guard count > 0 else {
            sink.write("[]\n")
            return
        }
        for row in 0..<count { sink.write((row == 0 ? "[\n" : ",\n") + object(row)) }
        sink.write("\n]\n")
    }
}

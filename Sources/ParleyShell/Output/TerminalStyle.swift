/// ANSI styling for table mode; every function returns its input unchanged when colour is
/// off, so no escape sequence is ever written with `RenderOptions.color == false`.
struct TerminalStyle {
    let enabled: Bool

    private static let bold = "\u{1B}[1m"
    private static let dim = "\u{1B}[2m"
    private static let reset = "\u{1B}[0m"

    /// Headers.
    func strong(_ text: String) -> String { wrap(text, Self.bold) }

    /// Rules, tree branches and footers.
    func faint(_ text: String) -> String { wrap(text, Self.dim) }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? code + text + Self.reset : text
    }
}

extension Table {
    /// Row `index` with exactly one value per column: missing values are null, extras are
    /// dropped, so a command's mistake cannot crash the renderer.
    func values(at index: Int) -> [Value] {
        let values = row(index)
        if values.count == columns.count { return values }
        if values.count > columns.count { return Array(values.prefix(columns.count)) }
        return values + repeatElement(Value.null, count: columns.count - values.count)
    }

    /// Fields in a row, for the JSON modes.
    func fields(at index: Int) -> [(String, Value)] {
        Array(zip(columns.map(\.name), values(at: index)))
    }
}

/// The footer under a table cut at `maxTableRows`.
enum MoreRowsFooter {
    static func text(hidden: Int, suggestsLimit: Bool) -> String {
        let noun = hidden == 1 ? "row" : "rows"
        let advice =
            suggestsLimit
            ? "use limit N, or mode plain/csv/jsonl for all" : "use mode plain/csv/jsonl for all"
        return "… \(ValueFormatting.grouped(hidden)) more \(noun) (\(advice))"
    }
}

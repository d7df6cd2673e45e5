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

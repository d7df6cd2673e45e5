/// Everything a renderer needs to know besides the result.
public struct RenderOptions: Sendable, Equatable {
    public var mode: OutputMode
    /// ANSI colour for headers and marks; only on a terminal and never with `NO_COLOR`.
    public var color: Bool
    /// Columns available in table mode.
    public var width: Int
    /// Table mode shows at most this many rows and says how many it left out.
    public var maxTableRows: Int

    public init(mode: OutputMode, color: Bool = false, width: Int = 100, maxTableRows: Int = 200) {
        self.mode = mode
        self.color = color
        self.width = width
        self.maxTableRows = maxTableRows
    }
}

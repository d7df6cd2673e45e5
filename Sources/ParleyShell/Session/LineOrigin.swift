/// Where a command line came from, for error messages: `study.prl:12: …`.
public struct LineOrigin: Sendable, Equatable {
    /// The script's name as the user gave it, `-c` for a command string, `<stdin>` for
    /// standard input.
    public var name: String
    public var line: Int

    public init(name: String, line: Int) {
        self.name = name
        self.line = line
    }
}

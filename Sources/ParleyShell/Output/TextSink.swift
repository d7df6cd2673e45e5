/// Where rendered text goes: the terminal, a file named by `output`, or a test's buffer.
public protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// Collects everything written, for tests and for capturing output in memory.
public final class StringSink: TextSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
}

// TEMPORARY until the lead's Session lands on main: remove on merge.
import ParleyShell

extension Session: CompletionSource {
    public var commandNames: [String] { ["help", "info", "list", "load", "quit", "show"] }
    public func optionNames(ofCommand command: String) -> [String] { [] }
    public func argumentKind(ofCommand command: String, after words: [String]) -> ArgumentKind {
        command == "load" ? .filePath : .none
    }
    public func utteranceIDs(withPrefix prefix: String, limit: Int) -> [String] { [] }
    func setWidth(_ width: Int) {}
}

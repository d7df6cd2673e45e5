import ArgumentParser
import ParleyCore

/// What tab completion needs from the session, taken from the command registry and the
/// loaded corpus.
extension Session: CompletionSource {
    public var commandNames: [String] { CommandRegistry.allNames }

    /// Read from the command's own declaration (its help), so there is no second list of
    /// options to keep in step.
    public func optionNames(ofCommand command: String) -> [String] {
        guard let type = CommandRegistry.command(named: command) else { return [] }
        let help = type.helpMessage(columns: 200)
        var names: [String] = []
        for word in help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }) {
            let option = word.prefix { $0 == "-" || $0.isLetter || $0.isNumber }
            if option.hasPrefix("--"), option.count > 2, !names.contains(String(option)) {
                names.append(String(option))
            }
        }
        return names.sorted()
    }

    public func argumentKind(ofCommand command: String, after words: [String]) -> ArgumentKind {
        CommandRegistry.command(named: command)?.argumentKind(after: words) ?? .none
    }

    public func utteranceIDs(withPrefix prefix: String, limit: Int) -> [String] {
        var found: [String] = []
        for index in corpus.utteranceIndices {
            let id = corpus.id(of: index)
            if id.hasPrefix(prefix) {
                found.append(id)
                if found.count == limit { break }
            }
        }
        return found
    }
}

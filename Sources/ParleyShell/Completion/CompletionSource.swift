/// What kind of word a command expects at some position, for completion.
public enum ArgumentKind: Sendable, Equatable {
    case none
    case filePath
    case utteranceID
    case commandName
    case choices([String])
}

/// What the completer needs to know about the session: the registry's commands and their
/// options, and the corpus's ids. `Session` provides it; tests provide fakes.
public protocol CompletionSource {
    /// Every command name and alias, sorted.
    var commandNames: [String] { get }
    /// The options a command takes, spelled as typed (`--strict`, `--map`).
    func optionNames(ofCommand command: String) -> [String]
    /// What the next word of `command` is, given the words already typed after the
    /// command name (the last one may be an option expecting a value).
    func argumentKind(ofCommand command: String, after words: [String]) -> ArgumentKind
    /// Utterance ids beginning with `prefix`, in corpus order, at most `limit`.
    func utteranceIDs(withPrefix prefix: String, limit: Int) -> [String]
}

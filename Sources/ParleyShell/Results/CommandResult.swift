/// What a command hands back: a value for the renderer, never text it printed itself.
public enum CommandResult: Sendable {
    /// Nothing to show (e.g. `output FILE`).
    case none
    /// A short confirmation for people (`mode json`); JSON modes give `{"message": …}`.
    case message(String)
    case record(Record)
    case table(Table)
    case thread(ThreadView)
    /// Prose such as help, shown as it is in every mode except JSON, which wraps it.
    case prose(String)
}

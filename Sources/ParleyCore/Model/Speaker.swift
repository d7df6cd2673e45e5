/// A participant in the corpus.
public struct Speaker: Sendable, Hashable {
    /// The speaker recorded for utterances whose data names none.
    public static let unknownID = "[unknown]"

    public var id: String
    public var role: Role
    public var utteranceCount: Int

    public init(id: String, role: Role, utteranceCount: Int) {
        self.id = id
        self.role = role
        self.utteranceCount = utteranceCount
    }
}

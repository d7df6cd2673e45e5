/// A metadata value as it came from the data: kept as text with the kind it had, so
/// numbers compare as numbers later and nested JSON survives a round trip.
public struct MetadataValue: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case string
        case number
        case bool
        /// An object or array, kept as its JSON text.
        case json
        case null
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    public static func string(_ text: String) -> MetadataValue { .init(.string, text) }
    public static func number(_ text: String) -> MetadataValue { .init(.number, text) }
    public static func bool(_ value: Bool) -> MetadataValue {
        .init(.bool, value ? "true" : "false")
    }
    public static let null = MetadataValue(.null, "null")

    /// The value as a number, when it is one (or a string that reads as one).
    public var number: Double? {
        switch kind {
        case .number, .string: Double(text)
        case .bool, .json, .null: nil
        }
    }
}

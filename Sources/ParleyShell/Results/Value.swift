/// One value in a command's result. Renderers decide how it looks in each output mode;
/// commands never format text themselves.
public indirect enum Value: Sendable, Equatable {
    case null
    case string(String)
    /// Text from the corpus: renderers may shorten it in table mode.
    case text(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// Seconds since 1970-01-01T00:00:00Z, shown as ISO 8601 in UTC.
    case time(Double)
    /// A length of time in seconds, shown as `3d 4h` in tables and as seconds in JSON.
    case duration(Double)
    /// A bar for a chart drawn in a table: its length as a fraction (0…1) of the longest.
    /// Drawn with block characters in text modes, written as the fraction in JSON.
    case bar(Double)
    case list([Value])
    case record(Record)
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension Value {
    /// `.null` for a missing value, the wrapped value otherwise.
    public static func optional<Wrapped>(_ value: Wrapped?, _ wrap: (Wrapped) -> Value) -> Value {
        value.map(wrap) ?? .null
    }
}

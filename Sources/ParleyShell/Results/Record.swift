/// Named values in a fixed order: one object in JSON, `name  value` lines in a table.
public struct Record: Sendable, Equatable {
    public var fields: [Field]

    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: Value

        public init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    public init(_ fields: [Field]) { self.fields = fields }

    public subscript(name: String) -> Value? {
        fields.first { $0.name == name }?.value
    }
}

extension Record: ExpressibleByDictionaryLiteral {
    /// Keeps the literal's order.
    public init(dictionaryLiteral elements: (String, Value)...) {
        fields = elements.map { Field($0.0, $0.1) }
    }
}

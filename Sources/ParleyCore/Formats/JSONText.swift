/// JSON text for the writers (RFC 8259): strings with `"`, `\` and every C0 control
/// escaped, so a reader gets the exact text back; metadata values as their kind says.
enum JSONText {
    static func string(_ text: String) -> String {
        var output = "\""
        output.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"  // a line break to JavaScript
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// A metadata value as JSON: strings quoted, numbers, booleans, null and nested JSON
    /// as their text.
    static func value(_ value: MetadataValue) -> String {
        switch value.kind {
        case .string: string(value.text)
        case .number, .bool, .json, .null: value.text
        }
    }

    /// Epoch seconds as a JSON number: integral seconds without a fraction.
    static func seconds(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// An object from keys and already-encoded values, in order.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}

/// Values as JSON text (RFC 8259), compact: no spaces after `:` or `,`.
///
/// A caller can rely on: ints as integers; doubles with at most 4 decimals (as in text
/// modes), non-finite ones as `null`; times as ISO 8601 strings; durations as a number of
/// seconds; records as objects with keys in field order; lists as arrays; null as `null`.
/// Strings escape `"`, `\`, every control character (C0 as `\n`, `\t`, `\r`, `\b`, `\f` or
/// `\u001b`; DEL and C1 as `\u007f`, `\u0085`) and also U+2028, U+2029 and the bidi
/// controls U+202A–U+202E, U+2066–U+2069, so JSON output never carries a raw control byte
/// and stays safe to `cat` to a terminal or embed in JavaScript.
enum JSONWriter {
    static func value(_ value: Value) -> String {
        var output = ""
        write(value, to: &output)
        return output
    }

    /// An object with the given keys and values, in order.
    static func object(_ fields: [(String, Value)]) -> String {
        var output = "{"
        for (index, field) in fields.enumerated() {
            if index > 0 { output += "," }
            writeString(field.0, to: &output)
            output += ":"
            write(field.1, to: &output)
        }
        return output + "}"
    }

    static func object(_ record: Record) -> String {
        object(record.fields.map { ($0.name, $0.value) })
    }

    static func string(_ text: String) -> String {
        var output = ""
        writeString(text, to: &output)
        return output
    }

    // Values are built by commands, never nested by corpus data, so recursion is bounded.
    static func write(_ value: Value, to output: inout String) {
        switch value {
        case .null: output += "null"
        case .string(let text), .text(let text): writeString(text, to: &output)
        case .int(let number): output += String(number)
        case .double(let number), .duration(let number), .bar(let number):
            output += ValueFormatting.decimal(number) ?? "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .time(let seconds):
            if seconds.isFinite, let text = TimeFormatting.iso8601(seconds) {
                writeString(text, to: &output)
            } else {
                output += "null"
            }
        case .list(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, to: &output)
            }
            output += "]"
        case .record(let record): output += object(record)
        }
    }

    static func writeString(_ text: String, to output: inout String) {
        output += "\""
        guard needsEscaping(text) else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            if let escape = escape(scalar) {
                output += escape
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// A byte scan that lets clean text (the common case) be copied whole.
    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { byte in
            // 0xC2 and 0xE2 lead the encodings of C1 controls and of U+2028…U+2069.
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2
                || byte == 0xE2
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x22: "\\\""
        case 0x5C: "\\\\"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        case 0x08: "\\b"
        case 0x0C: "\\f"
        case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            "\\u" + hex4(scalar.value)
        default: nil
        }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}

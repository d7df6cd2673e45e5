/// One CSV field, RFC 4180, with the formula-injection guard.
///
/// A caller can rely on:
/// - Text that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`
///   (OWASP, "CSV Injection"), so a spreadsheet shows it instead of running it. Numbers
///   (`.int`, finite `.double`) are never guarded: `-3` stays `-3`. The check looks at the
///   data before escaping, so a leading tab is guarded and then shown as `'\t…`.
/// - Controls are escaped as in every text mode (`TextEscaping.Policy.csvField`), except
///   that newlines stay real newlines inside the quoted field.
/// - A field is quoted when it holds `,`, `"`, CR, LF, or starts or ends with a space;
///   quotes inside are doubled.
enum CSVField {
    static func encode(_ value: Value) -> String {
        let raw = ValueFormatting.text(value)
        let guarded = ValueFormatting.isNumber(value) ? raw : guardFormula(raw)
        return quote(TextEscaping.escape(guarded, .csvField))
    }

    /// A header or other name: guarded and quoted like text.
    static func encode(name: String) -> String {
        quote(TextEscaping.escape(guardFormula(name), .csvField))
    }

    /// `text` with a leading `'` when a spreadsheet would take it for a formula.
    static func guardFormula(_ text: String) -> String {
        // The first byte decides: every trigger is ASCII, and "\r\n" is one grapheme.
        switch text.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
            UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return "'" + text
        default:
            return text
        }
    }

    /// `field` in double quotes when RFC 4180 (or a reader trimming spaces) needs them.
    static func quote(_ field: String) -> String {
        let needsQuotes =
            field.utf8.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
            }
            || field.utf8.first == UInt8(ascii: " ") || field.utf8.last == UInt8(ascii: " ")
        guard needsQuotes else { return field }
        guard field.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + field + "\"" }
        var quoted = "\""
        for character in field.unicodeScalars {
            if character == "\"" {
                quoted += "\"\""
            } else {
                quoted.unicodeScalars.append(character)
            }
        }
        return quoted + "\""
    }

    /// A row of fields joined with commas and ended with `\n`.
    static func line(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\n"
    }
}

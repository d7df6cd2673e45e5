/// Makes control characters from corpus data visible, so that no raw control byte,
/// escape sequence or bidi override reaches a terminal or a file viewed in one.
///
/// What a caller can rely on, in every text mode:
/// - ESC shows as `\x1b`, the other C0 controls and DEL as `\xNN` (lowercase hex, so CR is
///   `\x0d`); C1 controls (U+0080–U+009F) as `\u{80}`; bidi embeddings, overrides and
///   isolates (U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators
///   (U+2028, U+2029) as `\u{202e}`.
/// - Newline and tab depend on the policy (see `TextEscaping.Policy`).
/// - A backslash in the data stays a backslash. This keeps paths and regexes readable; the
///   price is that the text `\x1b` and a real ESC look alike in text modes. The JSON modes
///   are the unambiguous form. No raw control byte is ever written either way.
enum TextEscaping {
    /// How a mode treats line breaks and tabs; everything else is escaped the same way.
    enum Policy: Sendable {
        /// Table and plain cells: one line per row, so `\n` and `\t` are shown as such.
        case singleLine
        /// Messages and prose: newlines and tabs are real.
        case multiline
        /// CSV fields: newlines are real (the field is then quoted, RFC 4180); tab is `\t`.
        case csvField
        /// Markdown table cells: newline as `<br>`, `|` as `\|`, tab as `\t`.
        case markdownCell
    }

    /// The text with every unsafe scalar replaced by its visible form.
    static func escape(_ text: String, _ policy: Policy) -> String {
        guard needsWork(text, policy) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if let replacement = replacement(for: scalar, policy) {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The escaped form of one grapheme. Controls and format characters are graphemes of
    /// their own (UAX #29, GB4/GB5), CR LF being the one pair, so escaping per grapheme
    /// never splits an escape when text is later cut at a grapheme boundary.
    static func escape(_ character: Character, _ policy: Policy) -> String? {
        var changed = false
        var result = ""
        for scalar in character.unicodeScalars {
            if let replacement = replacement(for: scalar, policy) {
                result += replacement
                changed = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return changed ? result : nil
    }

    /// The visible form of a scalar, or `nil` when the scalar is written as it is.
    static func replacement(for scalar: Unicode.Scalar, _ policy: Policy) -> String? {
        let value = scalar.value
        switch value {
        case 0x0A: return newline(policy)
        case 0x09: return policy == .multiline ? nil : "\\t"
        case 0x7C: return policy == .markdownCell ? "\\|" : nil
        case 0x00..<0x20, 0x7F: return "\\x" + hex(value, digits: 2)
        case 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            return "\\u{" + hex(value, digits: 2) + "}"
        default: return nil
        }
    }

    private static func newline(_ policy: Policy) -> String? {
        switch policy {
        case .singleLine: "\\n"
        case .multiline, .csvField: nil
        case .markdownCell: "<br>"
        }
    }

    /// A cheap byte scan that lets clean text (the common case) skip the rewrite.
    private static func needsWork(_ text: String, _ policy: Policy) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x0A, 0x09: if policy != .multiline { return true }
            case 0x7C: if policy == .markdownCell { return true }
            case 0x00..<0x20, 0x7F: return true
            case 0xC2, 0xE2: return true  // lead bytes of C1 controls and U+2028…U+2069
            default: continue
            }
        }
        return false
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return text.count >= digits
            ? text : String(repeating: "0", count: digits - text.count) + text
    }
}

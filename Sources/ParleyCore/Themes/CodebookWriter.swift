/// Writes a codebook as YAML that the shell's `CodebookReader` reads back to an equal codebook
/// (lines aside). Keys come in a fixed order and every string is double-quoted, so the
/// same codebook always gives the same text.
public enum CodebookWriter {
    public static func yaml(_ codebook: Codebook) -> String {
        var lines = ["themes:"]
        for theme in codebook.themes {
            lines.append("  - name: " + quoted(theme.name))
            if !theme.description.isEmpty {
                lines.append("    description: " + quoted(theme.description))
            }
            if let parent = theme.parent { lines.append("    parent: " + quoted(parent)) }
            for (key, values) in [
                ("keywords", theme.keywords), ("patterns", theme.patterns),
                ("exclude", theme.exclude),
            ] where !values.isEmpty {
                lines.append("    \(key): [" + values.map(quoted).joined(separator: ", ") + "]")
            }
        }
        if codebook.isEmpty { lines[0] = "themes: []" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: `\` and `"` escaped, control characters as escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

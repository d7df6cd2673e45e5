import ParleyCore
import Yams

/// Reads a codebook from YAML:
/// ```yaml
/// themes:
///   - name: billing
///     description: Charges, refunds and invoices
///     parent: money            # optional
///     keywords: [refund, charged twice, invoice]
///     patterns: ['over ?charg']
///     exclude: [gift card]
/// ```
/// Every error names the line it was found at (Yams keeps a mark on every node), both
/// for YAML syntax and for meaning: an unknown key, a duplicate theme, an unknown parent,
/// a regular expression that does not compile.
public enum CodebookReader {
    static let themeKeys = ["name", "description", "parent", "keywords", "patterns", "exclude"]

    public static func read(_ text: String, file: String? = nil) throws(CodebookError)
        -> Codebook
    {
        do {
            return try parse(text)
        } catch var error {
            error.file = file
            throw error
        }
    }

    private static func parse(_ text: String) throws(CodebookError) -> Codebook {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw syntaxError(error)
        }
        guard let root, let mapping = root.mapping else {
            throw CodebookError("a codebook is a mapping with a 'themes:' list", line: 1)
        }
        var themesNode: Node?
        for (key, value) in mapping {
            guard key.string == "themes" else {
                throw CodebookError(
                    "unknown key '\(key.string ?? "?")' (a codebook has only 'themes')",
                    line: key.mark?.line)
            }
            themesNode = value
        }
        guard let themesNode, let list = themesNode.sequence else {
            throw CodebookError(
                "'themes' must be a list of themes", line: themesNode?.mark?.line ?? 1)
        }
        var themes: [Theme] = []
        for node in list { themes.append(try theme(from: node)) }
        let codebook = try Codebook(themes: themes)
        try RuleMatcher.check(codebook)
        return codebook
    }

    private static func theme(from node: Node) throws(CodebookError) -> Theme {
        let line = node.mark?.line
        guard let mapping = node.mapping else {
            throw CodebookError("a theme is a mapping with at least 'name'", line: line)
        }
        var theme = Theme(name: "", line: line)
        var sawName = false
        for (key, value) in mapping {
            let keyLine = key.mark?.line
            switch key.string {
            case "name":
                theme.name = try scalar(value, key: "name")
                sawName = true
            case "description": theme.description = try scalar(value, key: "description")
            case "parent": theme.parent = try scalar(value, key: "parent")
            case "keywords": theme.keywords = try strings(value, key: "keywords")
            case "patterns": theme.patterns = try strings(value, key: "patterns")
            case "exclude": theme.exclude = try strings(value, key: "exclude")
            default:
                throw CodebookError(
                    "unknown key '\(key.string ?? "?")' in a theme (expected one of "
                        + themeKeys.joined(separator: ", ") + ")", line: keyLine)
            }
        }
        if !sawName { throw CodebookError("a theme needs a 'name'", line: line) }
        return theme
    }

    private static func scalar(_ node: Node, key: String) throws(CodebookError) -> String {
        guard let scalar = node.scalar else {
            throw CodebookError("'\(key)' must be a single value", line: node.mark?.line)
        }
        return scalar.string
    }

    /// A list of strings; a single value is taken as a list of one.
    private static func strings(_ node: Node, key: String) throws(CodebookError) -> [String] {
        if let scalar = node.scalar {
            return scalar.string.isEmpty ? [] : [scalar.string]
        }
        guard let sequence = node.sequence else {
            throw CodebookError("'\(key)' must be a list", line: node.mark?.line)
        }
        var values: [String] = []
        for item in sequence {
            guard let scalar = item.scalar, !scalar.string.isEmpty else {
                throw CodebookError(
                    "each of '\(key)' must be a non-empty word, phrase or pattern",
                    line: item.mark?.line)
            }
            values.append(scalar.string)
        }
        return values
    }

    private static func syntaxError(_ error: any Error) -> CodebookError {
        guard let yaml = error as? YamlError else { return CodebookError("\(error)") }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return CodebookError("YAML: \(problem)", line: mark.line)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return CodebookError(
                "YAML: key '\(duplicates.joined(separator: "', '"))' is given twice",
                line: context.mark.line)
        case .reader(let problem, _, _, _):
            return CodebookError("YAML: \(problem)", line: 1)
        default:
            return CodebookError("YAML: \(yaml)")
        }
    }
}

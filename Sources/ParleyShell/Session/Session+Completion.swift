import ArgumentParser
import ParleyCore

/// What tab completion needs from the session, taken from the command registry and the
/// loaded corpus.
extension Session: CompletionSource {
    public var commandNames: [String] { CommandRegistry.allNames }

    /// Read from the command's own declaration (its help), so there is no second list of
    /// options to keep in step.
    public func optionNames(ofCommand command: String) -> [String] {
        guard let type = CommandRegistry.command(named: command) else { return [] }
        let help = type.helpMessage(columns: 200)
        var names: [String] = []
        for word in help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }) {
            let option = word.prefix { $0 == "-" || $0.isLetter || $0.isNumber }
            if option.hasPrefix("--"), option.count > 2, !names.contains(String(option)) {
                names.append(String(option))
            }
        }
        return names.sorted()
    }

    public func argumentKind(ofCommand command: String, after words: [String]) -> ArgumentKind {
        guard let type = CommandRegistry.command(named: command) else { return .none }
        if type.takesWhere,
            let kind = QueryCompletion.kind(after: words, metadataKeys: corpus.metadata.keys)
        {
            return kind
        }
        if words.last == "by", type == CountCommand.self {
            return .choices(GroupField.names + corpus.metadata.keys.map { "meta." + $0 })
        }
        return type.argumentKind(after: words)
    }

    public func utteranceIDs(withPrefix prefix: String, limit: Int) -> [String] {
        var found: [String] = []
        for index in corpus.utteranceIndices {
            let id = corpus.id(of: index)
            if id.hasPrefix(prefix) {
                found.append(id)
                if found.count == limit { break }
            }
        }
        return found
    }
}

/// What comes next inside a `where` expression: fields (with the corpus's metadata keys),
/// then operators, then values where they are few (roles, true/false), then `and`/`or`.
enum QueryCompletion {
    /// nil when the words are not inside an expression.
    static func kind(after words: [String], metadataKeys: [String]) -> ArgumentKind? {
        guard let start = words.lastIndex(where: { $0 == "where" || $0 == "vs" }) else {
            return nil
        }
        let expression = words[(start + 1)...]
        if expression.contains(where: { Clauses.expressionEnds.contains($0) }) { return nil }
        let fields =
            QueryField.names + metadataKeys.map { QueryField.metaPrefix + $0 } + ["not", "("]
        guard let last = expression.last, !["and", "or", "not", "("].contains(last.lowercased())
        else { return .choices(fields) }
        if let field = QueryField(name: last) {
            let isBool = field.valueType == .bool
            return .choices(isBool ? ["and", "or", "="] : QueryKeywords.operators)
        }
        if QueryKeywords.operators.contains(last), expression.count >= 2 {
            switch QueryField(name: expression[expression.endIndex - 2])?.valueType {
            case .role: return .choices(Role.allCases.map(\.rawValue))
            case .bool: return .choices(["true", "false"])
            default: return ArgumentKind.none
            }
        }
        return .choices(["and", "or"])
    }
}

/// ConvoKit's `index.json`: the Python type of each metadata key, per kind of object,
/// spelled as ConvoKit writes it (`["<class 'int'>"]`). ConvoKit reads it to know the
/// types without scanning the corpus.
final class ConvoKitIndex {
    enum Section: String, CaseIterable {
        case utterances = "utterances-index"
        case speakers = "speakers-index"
        case conversations = "conversations-index"
        case overall = "overall-index"
    }

    private var types: [Section: [(key: String, type: String)]] = [
        .speakers: [(ConvoKitLayout.roleKey, "<class 'str'>")]
    ]
    private var seen: [Section: Set<String>] = [.speakers: [ConvoKitLayout.roleKey]]

    /// Records `key`'s type from its first non-null value.
    func note(_ value: MetadataValue, key: String, in section: Section) {
        guard let type = Self.pythonType(value), !(seen[section]?.contains(key) ?? false) else {
            return
        }
        seen[section, default: []].insert(key)
        types[section, default: []].append((key, type))
    }

    static func pythonType(_ value: MetadataValue) -> String? {
        switch value.kind {
        case .string: return "<class 'str'>"
        case .bool: return "<class 'bool'>"
        case .null: return nil
        case .json: return value.text.hasPrefix("[") ? "<class 'list'>" : "<class 'dict'>"
        case .number:
            let isInteger = !value.text.contains { $0 == "." || $0 == "e" || $0 == "E" }
            return isInteger ? "<class 'int'>" : "<class 'float'>"
        }
    }

    func json() -> String {
        var members: [(String, String)] = Section.allCases.map { section in
            let entries = (types[section] ?? []).map {
                ($0.key, "[" + JSONText.string($0.type) + "]")
            }
            return (section.rawValue, JSONText.object(entries))
        }
        members.append(("version", "1"))
        members.append(("vectors", "[]"))
        return JSONText.object(members)
    }
}

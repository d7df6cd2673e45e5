/// An ordered list of themes with unique names, whose parents are themes of the same
/// codebook and form no cycle. Every edit keeps those invariants or throws.
public struct Codebook: Sendable, Equatable {
    public private(set) var themes: [Theme] = []

    public init() {}

    /// A codebook of `themes`, checked as a file would be.
    public init(themes: [Theme]) throws(CodebookError) {
        for theme in themes { try add(theme, checkingParent: false) }
        try checkParents()
    }

    public var isEmpty: Bool { themes.isEmpty }
    public var names: [String] { themes.map(\.name) }

    public func theme(named name: String) -> Theme? {
        themes.first { $0.name == name }
    }

    public func contains(_ name: String) -> Bool { theme(named: name) != nil }

    /// The themes whose parent is `name`.
    public func children(of name: String) -> [String] {
        themes.filter { $0.parent == name }.map(\.name)
    }

    /// Adds `theme` at the end.
    /// - Throws: a bad or duplicate name, or a parent that is not in the codebook.
    public mutating func add(_ theme: Theme) throws(CodebookError) {
        try add(theme, checkingParent: true)
    }

    private mutating func add(_ theme: Theme, checkingParent: Bool) throws(CodebookError) {
        if let problem = Theme.problem(withName: theme.name) {
            throw CodebookError(problem, line: theme.line)
        }
        if let existing = self.theme(named: theme.name) {
            let place = existing.line.map { " (first defined at line \($0))" } ?? ""
            throw CodebookError(
                "theme '\(theme.name)' is defined twice\(place)", line: theme.line)
        }
        if checkingParent, let parent = theme.parent, !contains(parent) {
            throw CodebookError(unknownParent(parent, of: theme.name), line: theme.line)
        }
        themes.append(theme)
    }

    /// Renames a theme and every reference to it as a parent.
    public mutating func rename(_ old: String, to new: String) throws(CodebookError) {
        guard let index = themes.firstIndex(where: { $0.name == old }) else {
            throw CodebookError("no theme '\(old)' in the codebook")
        }
        if let problem = Theme.problem(withName: new) { throw CodebookError(problem) }
        if contains(new) { throw CodebookError("theme '\(new)' already exists") }
        themes[index].name = new
        for position in themes.indices where themes[position].parent == old {
            themes[position].parent = new
        }
    }

    /// Removes a theme; its sub-themes move up to its parent.
    @discardableResult
    public mutating func remove(_ name: String) throws(CodebookError) -> Theme {
        guard let index = themes.firstIndex(where: { $0.name == name }) else {
            throw CodebookError("no theme '\(name)' in the codebook")
        }
        let removed = themes.remove(at: index)
        for position in themes.indices where themes[position].parent == name {
            themes[position].parent = removed.parent
        }
        return removed
    }

    /// Every parent names a theme, and following parents never comes back to a theme.
    private func checkParents() throws(CodebookError) {
        let byName = Dictionary(themes.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for theme in themes {
            guard let parent = theme.parent else { continue }
            guard byName[parent] != nil else {
                throw CodebookError(unknownParent(parent, of: theme.name), line: theme.line)
            }
            // Iterative walk with a bound: a cycle never reaches a root.
            var current: String? = parent
            var steps = 0
            while let name = current, steps <= themes.count {
                if name == theme.name {
                    throw CodebookError(
                        "theme '\(theme.name)' is its own ancestor (parents form a cycle)",
                        line: theme.line)
                }
                current = byName[name]?.parent
                steps += 1
            }
        }
    }

    private func unknownParent(_ parent: String, of name: String) -> String {
        "theme '\(name)' has parent '\(parent)', which is not a theme of this codebook"
    }
}

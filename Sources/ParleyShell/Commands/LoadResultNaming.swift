import ParleyCore

// Loads open resolved paths (see `Session.resolve`); what the user reads must name the
// files as they were typed.

extension LoadReport {
    /// The report with its file (and its problems' locations) named as the user typed it.
    func named(as name: String) -> LoadReport {
        var renamed = self
        renamed.file = name
        renamed.problems = problems.map { problem in
            // A directory's reader (ConvoKit) reports problems in the files inside it.
            let at = problem.location.file
            if at == file { return problem.named(as: name) }
            if at.hasPrefix(file + "/") {
                return problem.named(as: name + at.dropFirst(file.count))
            }
            return problem
        }
        return renamed
    }
}

extension LoadProblem {
    func named(as name: String) -> LoadProblem {
        var renamed = self
        renamed.location.file = name
        return renamed
    }
}

extension LoadError {
    /// The error with any of `paths` (opened → typed) named as typed.
    func named(using paths: [String: String]) -> LoadError {
        func typed(_ path: String) -> String { paths[path] ?? path }
        return switch self {
        case .fileNotFound(let file): .fileNotFound(typed(file))
        case .isDirectory(let file): .isDirectory(typed(file))
        case .emptyFile(let file): .emptyFile(typed(file))
        case .binaryFile(let file): .binaryFile(typed(file))
        case .unreadable(let file, let reason): .unreadable(typed(file), reason: reason)
        case .unknownFormat(let file): .unknownFormat(typed(file))
        case .missingField(let file, let field, let available):
            .missingField(typed(file), field: field, available: available)
        case .mappedFieldMissing(let file, let field, let name, let available):
            .mappedFieldMissing(typed(file), field: field, name: name, available: available)
        case .badRecord(let problem): .badRecord(problem.named(as: typed(problem.location.file)))
        case .idClash(let id, let at, let first):
            .idClash(
                id: id, at: SourceLocation(file: typed(at.file), line: at.line),
                first: first.map { SourceLocation(file: typed($0.file), line: $0.line) })
        case .cancelled: .cancelled
        }
    }
}

import ParleyCore

extension LoadReport {
    /// The report with its file (and its problems' locations) named as the user typed it.
    func named(as name: String) -> LoadReport {
        var renamed = self
        renamed.file = name
        renamed.problems = problems.map { problem in
            var problem = problem
            problem.location.file = name
            return problem
        }
        return renamed
    }
}

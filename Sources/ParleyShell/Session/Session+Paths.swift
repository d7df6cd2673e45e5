#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Session {
    /// The path to open for a path the user typed: `~` expanded, relative paths taken from
    /// the session's working directory.
    func resolve(_ path: String) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") {
            path = String(cString: home) + path.dropFirst()
        }
        guard !path.hasPrefix("/"), let directory = options.workingDirectory else { return path }
        return directory + "/" + path
    }
}

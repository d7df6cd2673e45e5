import ArgumentParser
import ParleyCore

/// `role SPEAKER... organization|customer` and `role match REGEX organization|customer`:
/// the analyst says which side speakers are on.
struct RoleCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Put speakers on the organization or the customer side.",
        usage: "role SPEAKER... organization|customer | role match REGEX organization|customer",
        discussion: """
            Decisions are kept in order and applied over the roles the data gave (TWCS \
            inbound, a role column, ConvoKit speaker meta); a later decision wins. They \
            apply again after every load. 'match' takes a POSIX extended regular \
            expression, case-insensitive, matched anywhere in the speaker id (anchor it \
            with ^ and $). Sentiment scores are kept. 'roles' shows the result.
            """)

    static let examples = [
        "role MunchBoxCare organization", "role match 'Support$' organization",
        "role bethany.t leila81 customer",
    ]

    @Argument(help: "Speakers (or 'match REGEX'), then the role.")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .none : .choices(Role.allCases.map(\.rawValue))
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        guard words.count >= 2, let roleWord = words.last else {
            throw ShellError(
                "role needs speakers and a role: 'role NAME organization'",
                suggestion: "see 'help role'")
        }
        guard let role = Role(rawValue: roleWord) else {
            throw ShellError(
                "unknown role '\(roleWord)': use organization or customer",
                suggestion: Suggestions.didYouMean(roleWord, among: Role.allCases.map(\.rawValue)))
        }
        let named = Array(words.dropLast())
        if named.first == "match" {
            return try match(Array(named.dropFirst()), role, in: session)
        }
        try Self.checkSpeakers(named, in: session.corpus)
        try session.recordRole(.assign(speakers: named, role: role))
        let noun = named.count == 1 ? "speaker" : "speakers"
        return .message("\(named.count) \(noun) set to \(role.rawValue)")
    }

    private func match(_ rest: [String], _ role: Role, in session: Session) throws -> CommandResult
    {
        guard rest.count == 1, let pattern = rest.first else {
            throw ShellError(
                "role match takes one pattern: role match 'Support$' \(role.rawValue)",
                suggestion: "quote a pattern that has spaces")
        }
        do {
            try session.recordRole(.match(pattern: pattern, role: role))
        } catch let error as POSIXRegexError {
            throw ShellError("bad pattern '\(pattern)': \(error.message)")
        }
        let matched = session.dialogue.sources.filter {
            if case .rule(let change, _) = $0 {
                change == session.roleBook.changes.count - 1
            } else {
                false
            }
        }.count
        let noun = matched == 1 ? "speaker matches" : "speakers match"
        return .message("\(matched) \(noun) '\(pattern)': set to \(role.rawValue)")
    }

    static func checkSpeakers(_ names: [String], in corpus: Corpus) throws(ShellError) {
        for name in names where corpus.speakerIndex(ofID: name) == nil {
            if corpus.isEmpty {
                throw ShellError("no speaker '\(name)': no corpus is loaded")
            }
            let folded = name.lowercased()
            let near = corpus.speakers.first { $0.id.lowercased() == folded }
            throw ShellError(
                "no speaker '\(name)'", suggestion: near.map { "did you mean '\($0.id)'?" })
        }
    }
}

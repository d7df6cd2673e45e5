import ArgumentParser
import ParleyCore

/// `topics discover [k N] [seed S] [where EXPR]`, `topics show N`,
/// `topics promote N as THEME`, `topics assign [threshold X]`.
struct TopicsCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "Discover topics with NMF on TF-IDF, show one, propose it as a theme, assign.",
        usage: """
            topics discover [k N] [seed S] [where EXPR] | topics show N | \
            topics promote N as THEME | topics assign [threshold X]
            """,
        discussion: """
            discover: non-negative matrix factorisation (coordinate descent, NNDSVDa start) \
            of the utterances' TF-IDF (terms in at least 2 and at most 95% of them, stop \
            words out), k topics (default 10), deterministic for a seed (default 0). Per \
            topic: size (utterances it dominates), NPMI coherence of its top 10 terms \
            (document co-occurrence in the utterances modelled, -1 to 1) and top terms; a \
            note gives the topic diversity (distinct share of all top 25 terms). show: a \
            topic's top 25 terms with weights and its three most representative \
            utterances. promote: adds a theme to the codebook, its keywords the topic's \
            top 8 terms (edit them with theme and codebook commands). assign: tags each \
            utterance with its dominant topic when its weight is above the threshold \
            (default 0), as the theme the topic was promoted to or as topic_N (added to \
            the codebook without rules); recorded for the coder 'topics', so manual tags \
            win, and a later assign withdraws tags no longer dominant.
            """)

    static let examples = [
        "topics discover k 3", "topics discover k 2 seed 7 where role = customer",
        "topics discover k 3; topics show 1", "topics discover k 3; topics promote 2 as refunds",
        "topics discover k 3; topics assign threshold 0.1",
    ]
    static let takesWhere = true
    static let termsShown = 8

    @Argument(help: "discover, show N, promote N as THEME or assign [threshold X].")
    var words: [String] = []

    static func argumentKind(after words: [String]) -> ArgumentKind {
        switch words.first {
        case nil: .choices(["assign", "discover", "promote", "show"])
        case "discover": .choices(["k", "seed", "where"])
        case "assign": .choices(["threshold"])
        default: .none
        }
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let request = try TopicsRequest(words)
        if case .discover = request {} else { try Self.refuseWhere(clauses) }
        switch request {
        case .discover(let options):
            try clauses.refuseVersus()
            let indices = try clauses.matchingIndices(in: session.corpus)
            let discovery = try session.discoverTopics(in: indices, options: options)
            session.note(TopicsTables.summary(discovery))
            return .table(TopicsTables.overview(discovery, termsShown: Self.termsShown))
        case .show(let number):
            let topic = try session.requiredTopic(number)
            return .record(
                TopicsTables.detail(topic, in: try session.requiredTopics(), session.corpus))
        case .promote(let number, let theme):
            let proposal = TopicThemeProposal(
                topic: try session.requiredTopic(number), name: theme)
            try session.themes.codebook.add(
                Theme(
                    name: proposal.name, description: proposal.description,
                    keywords: proposal.keywords))
            session.promotedTopics[number] = theme
            session.note("added theme \(theme) to the codebook; 'tag auto' applies its keywords")
            return .record(TopicsTables.proposal(proposal))
        case .assign(let threshold):
            return .table(try session.assignTopics(threshold: threshold))
        }
    }

    private static func refuseWhere(_ clauses: Clauses) throws {
        guard clauses.filter == nil else {
            throw ShellError(
                "only 'topics discover' takes where",
                suggestion: "choose the utterances when discovering: topics discover where EXPR")
        }
    }
}

/// The words after `topics`, parsed.
enum TopicsRequest: Equatable {
    case discover(TopicDiscovery.Options)
    case show(Int)
    case promote(Int, theme: String)
    case assign(threshold: Double)

    static let defaultThreshold = 0.0
    static let usage =
        "topics discover [k N] [seed S] | topics show N | topics promote N as THEME "
        + "| topics assign [threshold X]"

    init(_ words: [String]) throws {
        switch words.first {
        case "discover": self = .discover(try Self.discoverOptions(words.dropFirst()))
        case "show" where words.count == 2: self = .show(try Self.topicNumber(words[1]))
        case "promote" where words.count == 4 && words[2] == "as":
            self = .promote(try Self.topicNumber(words[1]), theme: words[3])
        case "assign" where words.count == 1: self = .assign(threshold: Self.defaultThreshold)
        case "assign" where words.count == 3 && words[1] == "threshold":
            guard let value = Double(words[2]), value >= 0, value.isFinite else {
                throw ShellError("threshold needs a number of 0 or more, not '\(words[2])'")
            }
            self = .assign(threshold: value)
        default:
            let given = words.isEmpty ? "nothing" : "'\(words.joined(separator: " "))'"
            throw ShellError("topics needs a subcommand, not \(given)", suggestion: Self.usage)
        }
    }

    private static func discoverOptions(_ words: ArraySlice<String>) throws
        -> TopicDiscovery.Options
    {
        var options = TopicDiscovery.Options()
        var rest = words
        while let word = rest.popFirst() {
            guard let value = rest.popFirst(), word == "k" || word == "seed" else {
                throw ShellError(
                    "unexpected '\(word)'", suggestion: "topics discover [k N] [seed S]")
            }
            if word == "k" {
                guard let k = Int(value), k >= 1, k <= TopicsRequest.maximumTopics else {
                    throw ShellError(
                        "k needs a whole number from 1 to \(TopicsRequest.maximumTopics), not '\(value)'"
                    )
                }
                options.topicCount = k
            } else {
                guard let seed = UInt64(value) else {
                    throw ShellError("seed needs a whole number of 0 or more, not '\(value)'")
                }
                options.seed = seed
            }
        }
        return options
    }

    /// More topics than anyone reads; it also bounds the factor matrices' size.
    static let maximumTopics = 200

    private static func topicNumber(_ word: String) throws -> Int {
        guard let number = Int(word), number >= 1 else {
            throw ShellError("a topic number is a whole number from 1, not '\(word)'")
        }
        return number
    }
}

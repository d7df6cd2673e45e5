import Foundation
import ParleyCore

/// The session's theme coding: the codebook, the ledger of every tag decision, the coder
/// manual decisions are recorded for, and the tags in force on the current corpus
/// (derived from the ledger, cached until either changes).
struct ThemeState {
    var codebook = Codebook()
    private(set) var ledger = TagLedger()
    /// Set by `coder NAME`; nil for the session option's coder.
    var coder: String?
    private var cached: UtteranceThemes?

    mutating func record(_ decision: TagDecision) {
        ledger.record(decision)
        cached = nil
    }

    mutating func changeLedger(_ change: (inout TagLedger) -> Void) {
        change(&ledger)
        cached = nil
    }

    mutating func corpusChanged() { cached = nil }

    /// The tags in force on `corpus`.
    mutating func current(in corpus: Corpus) -> UtteranceThemes {
        if let cached { return cached }
        let themes = ledger.isEmpty ? .none : UtteranceThemes(ledger: ledger, corpus: corpus)
        cached = themes
        return themes
    }
}

extension SessionOptions {
    /// The name of the user running the process, for the default coder.
    public static var systemUser: String {
        let name = ProcessInfo.processInfo.userName
        return name.isEmpty ? "analyst" : name
    }

    /// The wall clock, in seconds since 1970.
    public static let systemClock: @Sendable () -> Double = { Date().timeIntervalSince1970 }
}

extension Session {
    /// Who manual decisions are recorded for now.
    var coder: String { themes.coder ?? options.coder }

    /// The tags in force on the current corpus.
    func currentThemes() -> UtteranceThemes { themes.current(in: corpus) }

    /// Gives the clauses the tags (cheap when cached; empty without decisions).
    func attachThemes(to clauses: inout Clauses) {
        guard !themes.ledger.isEmpty else { return }
        clauses.themes = currentThemes()
    }

    /// Records a manual decision by the current coder.
    func decide(
        _ index: Int, theme: String, _ verdict: TagDecision.Verdict, how evidence: String
    ) {
        themes.record(
            TagDecision(
                utteranceID: corpus.id(of: index), theme: theme, coder: coder,
                verdict: verdict, source: .manual, evidence: evidence, time: options.clock()))
    }

    /// The theme named `name` of the codebook, or an error with "did you mean".
    func requireTheme(_ name: String) throws -> Theme {
        if let theme = themes.codebook.theme(named: name) { return theme }
        if themes.codebook.isEmpty {
            throw ShellError(
                "no theme '\(name)': the codebook is empty",
                suggestion: "load one with 'codebook load FILE' or add one with 'theme add NAME'")
        }
        throw ShellError(
            "no theme '\(name)' in the codebook",
            suggestion: Suggestions.didYouMean(name, among: themes.codebook.names)
                ?? "see 'codebook show'")
    }

    /// The utterance called `id`, or an error.
    func requireUtterance(_ id: String) throws -> Int {
        guard let index = corpus.index(ofID: id) else {
            throw ShellError("no utterance '\(id)' in the corpus")
        }
        return index
    }
}

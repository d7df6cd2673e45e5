/// How far two coders agree, theme by theme, on the utterances both decided on.
///
/// A coder "decided" a theme on an utterance when their latest explicit decision about it
/// is `tag` (applied) or `untag` (rejected); silence is not a decision. Rule decisions
/// count as the coder ``TagLedger/ruleCoder`` (`rules`).
public struct CoderAgreement: Sendable, Equatable {
    public struct ThemeRow: Sendable, Equatable {
        public var theme: String
        /// Utterances both coders decided this theme on.
        public var units: Int
        public var agreed: Int
        /// Nil when undefined (no units, or no variation).
        public var kappa: Double?
    }

    /// One theme on one utterance where coders' latest decisions differ.
    public struct Disagreement: Sendable, Equatable {
        public var utteranceID: String
        public var theme: String
        /// Coder and verdict, sorted by coder.
        public var verdicts: [(coder: String, verdict: TagDecision.Verdict)]

        public static func == (a: Self, b: Self) -> Bool {
            a.utteranceID == b.utteranceID && a.theme == b.theme
                && a.verdicts.map(\.coder) == b.verdicts.map(\.coder)
                && a.verdicts.map(\.verdict) == b.verdicts.map(\.verdict)
        }
    }

    public var coderA: String
    public var coderB: String
    public var themes: [ThemeRow]
    /// Kappa on every (utterance, theme) both decided, pooled.
    public var overall: ThemeRow
    /// Krippendorff's alpha (nominal) over every coder's manual decisions, each
    /// (utterance, theme) a unit.
    public var alpha: Double?
    public var alphaUnits: Int
    /// Between the two coders, sorted by utterance id then theme.
    public var disagreements: [Disagreement]

    /// Compares `coderA` with `coderB` in `ledger`, on `theme` only when given.
    public init(ledger: TagLedger, coderA: String, coderB: String, theme: String? = nil) {
        self.coderA = coderA
        self.coderB = coderB
        let a = ledger.verdicts(of: coderA)
        let b = ledger.verdicts(of: coderB)
        var pairsByTheme: [String: [(TagDecision.Verdict, TagDecision.Verdict)]] = [:]
        var disagreements: [Disagreement] = []
        for (key, verdictA) in a where theme == nil || key.theme == theme {
            guard let verdictB = b[key] else { continue }
            pairsByTheme[key.theme, default: []].append((verdictA, verdictB))
            if verdictA != verdictB {
                disagreements.append(
                    Disagreement(
                        utteranceID: key.utteranceID, theme: key.theme,
                        verdicts: [(coderA, verdictA), (coderB, verdictB)]))
            }
        }
        themes = pairsByTheme.keys.sorted().map { name in
            Self.row(name, pairsByTheme[name] ?? [])
        }
        overall = Self.row("overall", pairsByTheme.values.flatMap { $0 })
        self.disagreements = disagreements.sorted {
            ($0.utteranceID, $0.theme) < ($1.utteranceID, $1.theme)
        }
        let units = ledger.manualVerdictsByKey()
            .filter { theme == nil || $0.key.theme == theme }
            .map { Array($0.value.values) }
        alpha = Agreement.krippendorffAlphaNominal(units)
        alphaUnits = units.filter { $0.count >= 2 }.count
    }

    private static func row(
        _ theme: String, _ pairs: [(TagDecision.Verdict, TagDecision.Verdict)]
    ) -> ThemeRow {
        ThemeRow(
            theme: theme, units: pairs.count, agreed: pairs.filter { $0.0 == $0.1 }.count,
            kappa: Agreement.cohenKappa(pairs))
    }
}

extension TagLedger {
    /// Every theme on every utterance where two coders' latest manual decisions differ,
    /// sorted by utterance id then theme.
    public func disagreements() -> [CoderAgreement.Disagreement] {
        manualVerdictsByKey().compactMap { key, byCoder in
            guard Set(byCoder.values).count > 1 else { return nil }
            let verdicts = byCoder.keys.sorted().compactMap { coder in
                byCoder[coder].map { (coder: coder, verdict: $0) }
            }
            return CoderAgreement.Disagreement(
                utteranceID: key.utteranceID, theme: key.theme, verdicts: verdicts)
        }.sorted { ($0.utteranceID, $0.theme) < ($1.utteranceID, $1.theme) }
    }
}

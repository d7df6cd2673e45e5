/// Applies a codebook's rules to texts. One matcher per thread: it keeps scratch space
/// and compiled patterns (``POSIXRegex`` is not for concurrent use).
///
/// Rules, which tests pin: keywords and exclusions match case-insensitively (ASCII
/// letters) on word boundaries, a phrase's words separated by any whitespace; patterns are
/// case-insensitive POSIX extended regular expressions matched anywhere; a theme applies
/// when a keyword or pattern matches and no exclusion of the same theme does. Themes are
/// independent: overlapping keywords put every theme they belong to on the utterance.
public final class RuleMatcher {
    let compiled: CompiledRules
    private let regexes: [(rule: Int, regex: POSIXRegex, literal: RequiredLiteral?)]
    /// A word of the current text: its byte range and hash.
    typealias WordSpan = (start: Int, end: Int, hash: UInt64)
    private var words: [WordSpan] = []
    /// The first match of each rule in the current text.
    private var hits: RuleHits

    /// - Throws: a pattern that does not compile, with the theme's line.
    public convenience init(_ codebook: Codebook) throws(CodebookError) {
        try self.init(CompiledRules(codebook), codebook: codebook)
    }

    init(_ compiled: CompiledRules, codebook: Codebook) throws(CodebookError) {
        self.compiled = compiled
        var regexes: [(Int, POSIXRegex, RequiredLiteral?)] = []
        for (rule, pattern) in compiled.patterns {
            do {
                regexes.append(
                    (
                        rule, try POSIXRegex(pattern, reportsRanges: true),
                        RequiredLiteral(pattern: pattern)
                    ))
            } catch {
                let theme = codebook.themes[compiled.rules[rule].theme]
                throw CodebookError(
                    "theme '\(theme.name)': bad pattern '\(pattern)': \(error.message)",
                    line: theme.line)
            }
        }
        self.regexes = regexes
        hits = RuleHits(ruleCount: compiled.rules.count)
    }

    /// Checks that every pattern of `codebook` compiles.
    public static func check(_ codebook: Codebook) throws(CodebookError) {
        _ = try RuleMatcher(codebook)
    }

    /// The themes whose rules found something in `bytes` (applied or vetoed), in codebook
    /// order.
    public func evaluate(_ bytes: UnsafeBufferPointer<UInt8>) -> [ThemeEvaluation] {
        findHits(in: bytes)
        guard !hits.isEmpty else { return [] }
        var byTheme: [Int: ThemeEvaluation] = [:]
        for rule in hits.rules.sorted() {
            let range = hits.range(of: rule)
            let entry = compiled.rules[rule]
            let evidence = RuleEvidence(
                kind: entry.kind, rule: entry.text,
                matched: String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            var evaluation =
                byTheme[entry.theme] ?? ThemeEvaluation(theme: entry.theme, evidence: [], veto: nil)
            if entry.kind == .exclude {
                if evaluation.veto == nil { evaluation.veto = evidence }
            } else {
                evaluation.evidence.append(evidence)
            }
            byTheme[entry.theme] = evaluation
        }
        return byTheme.keys.sorted().compactMap { byTheme[$0] }
    }

    /// Fills `hits` with the first match of every rule that matches. Works on local
    /// copies of the scratch arrays: a class's stored arrays are checked for exclusive
    /// access on every touch.
    private func findHits(in bytes: UnsafeBufferPointer<UInt8>) {
        var found = hits
        hits = RuleHits(ruleCount: 0)
        defer { hits = found }
        found.clear()
        var words = self.words
        self.words = []
        defer { self.words = words }
        Self.splitWords(bytes, into: &words)
        for position in words.indices {
            guard let group = compiled.firstWords.group(of: words[position].hash) else {
                continue
            }
            for phrase in compiled.phraseGroups[group] where !found.contains(phrase.rule) {
                if let end = Self.phraseEnd(phrase, at: position, words, in: bytes) {
                    found.insert(phrase.rule, words[position].start..<end)
                }
            }
        }
        for (rule, matcher) in compiled.scannedPhrases {
            if let range = matcher.firstMatch(in: bytes, from: 0) { found.insert(rule, range) }
        }
        for (rule, regex, literal) in regexes {
            if let literal, !literal.occurs(in: bytes) { continue }
            if let range = regex.firstMatch(in: bytes, from: 0) { found.insert(rule, range) }
        }
    }

    private static func splitWords(
        _ bytes: UnsafeBufferPointer<UInt8>, into words: inout [WordSpan]
    ) {
        words.removeAll(keepingCapacity: true)
        var index = 0
        let count = bytes.count
        while index < count {
            guard WordBytes.isWord(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            var hash: UInt64 = CompiledRules.hashSeed
            while index < count, WordBytes.isWord(bytes[index]) {
                hash = CompiledRules.hashStep(hash, bytes[index])
                index += 1
            }
            words.append((start, index, hash))
        }
    }

    /// Where `phrase` ends when it starts at word `position`: its words follow one another
    /// separated only by whitespace, and each equals the text's word (a hash is not proof).
    private static func phraseEnd(
        _ phrase: CompiledRules.WordPhrase, at position: Int,
        _ words: [WordSpan], in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        guard position + phrase.words.count <= words.count else { return nil }
        for offset in phrase.words.indices {
            let word = words[position + offset]
            guard word.hash == phrase.hashes[offset],
                equalsLowercased(phrase.words[offset], bytes, word.start..<word.end)
            else { return nil }
            if offset > 0 {
                let gapStart = words[position + offset - 1].end
                for gap in gapStart..<word.start where !WordBytes.isSpace(bytes[gap]) {
                    return nil
                }
            }
        }
        return words[position + phrase.words.count - 1].end
    }

    private static func equalsLowercased(
        _ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Bool {
        guard word.count == range.count else { return false }
        var offset = 0
        for index in range {
            if WordBytes.lowercase(bytes[index]) != word[offset] { return false }
            offset += 1
        }
        return true
    }
}

extension RuleMatcher {
    /// The evaluations of a string (for tests and `tag why`).
    public func evaluate(_ text: String) -> [ThemeEvaluation] {
        var copy = text
        return copy.withUTF8 { evaluate($0) }
    }
}

/// The rules of `sentiment_valence` that look at the words around a sentiment word:
/// negation, "never so", special-case idioms and "least".
extension ValenceRules {
    /// `_negation_check` for the word `distance` (1–3) before token `index`.
    ///
    /// At distance 3 the reference's condition reads `never and (so or this) or (so or
    /// this)`: Python's precedence makes any "so"/"this" just before the word multiply by
    /// 1.25, "never" or not. Kept, like the no-op "without doubt" branches.
    static func negationCheck<Tracer: ValenceTracer>(
        _ valence: Double, distance: Int, at index: Int, _ tokens: Tokens,
        _ tracer: inout Tracer
    ) -> Double {
        func word(_ offset: Int) -> FunctionWord { tokens[index - offset].function }
        func isSoOrThis(_ offset: Int) -> Bool { word(offset) == .so || word(offset) == .this }
        let factor: Double
        let rule: SentimentRule
        switch distance {
        case 1:
            guard tokens[index - 1].isNegation else { return valence }
            (factor, rule) = (VaderConstants.negationScalar, .negation(distance: 1))
        case 2:
            if word(2) == .never && isSoOrThis(1) {
                (factor, rule) = (VaderConstants.neverSoFactor, .neverSo(distance: 2))
            } else if word(2) == .without && word(1) == .doubt {
                return valence
            } else if tokens[index - 2].isNegation {
                (factor, rule) = (VaderConstants.negationScalar, .negation(distance: 2))
            } else {
                return valence
            }
        default:
            if (word(3) == .never && isSoOrThis(2)) || isSoOrThis(1) {
                (factor, rule) = (VaderConstants.neverSoFactor, .neverSo(distance: 3))
            } else if word(3) == .without && (word(2) == .doubt || word(1) == .doubt) {
                return valence
            } else if tokens[index - 3].isNegation {
                (factor, rule) = (VaderConstants.negationScalar, .negation(distance: 3))
            } else {
                return valence
            }
        }
        tracer.record(rule, token: index, from: valence, to: valence * factor)
        return valence * factor
    }

    /// `_special_idioms_check`, reached only for a token with three words before it, the
    /// third not a lexicon word (the reference calls it inside the `start_i == 2` branch).
    ///
    /// The first special case among the five sequences ending before or at the token
    /// replaces the valence; then one starting at the token (two, then three words) may
    /// replace it again; then a two-word dampener just before adds `B_DECR`.
    static func specialIdiomsCheck<Tracer: ValenceTracer>(
        _ valence: Double, at index: Int, _ tokens: Tokens, _ lexicon: CompiledLexicon,
        _ tracer: inout Tracer
    ) -> Double {
        let last = min(index + 2, tokens.count - 1)
        // Fast path: no phrase can match without a phrase word among the six tokens.
        guard (index - 3...last).contains(where: { tokens[$0].isPhraseWord }) else {
            return valence
        }
        var valence = valence
        // onezero, twoonezero, twoone, threetwoone, threetwo — the reference's order.
        let before = [
            (index - 1, 2), (index - 2, 3), (index - 2, 2), (index - 3, 3), (index - 3, 2),
        ]
        for (start, length) in before {
            if let phrase = match(lexicon.specialCases, start, length, tokens) {
                tracer.record(
                    .specialCase(phrase: phrase.text), token: index, from: valence,
                    to: phrase.valence)
                valence = phrase.valence
                break
            }
        }
        for length in 2...3 where tokens.count - 1 > index + length - 2 {
            if let phrase = match(lexicon.specialCases, index, length, tokens) {
                tracer.record(
                    .specialCase(phrase: phrase.text), token: index, from: valence,
                    to: phrase.valence)
                valence = phrase.valence
            }
        }
        // threetwoone, threetwo, twoone: BOOSTER_DICT has no three-word key.
        for (start, length) in [(index - 3, 3), (index - 3, 2), (index - 2, 2)] {
            if let phrase = match(lexicon.dampenerPhrases, start, length, tokens) {
                let dampened = valence + phrase.valence
                tracer.record(
                    .dampenerPhrase(phrase: phrase.text), token: index, from: valence, to: dampened)
                valence = dampened
            }
        }
        return valence
    }

    /// The phrase whose words are exactly tokens `start..<start + length`, if any.
    @inline(__always)
    static func match(
        _ phrases: [CompiledPhrase], _ start: Int, _ length: Int, _ tokens: Tokens
    ) -> CompiledPhrase? {
        for offset in 0..<length where !tokens[start + offset].isPhraseWord { return nil }
        return phrases.first { phrase in
            phrase.entries.count == length
                && (0..<length).allSatisfy { phrase.entries[$0] == tokens[start + $0].entry }
        }
    }

    /// `_least_check`: "least" just before a word negates it, except in "at least" and
    /// "very least"; a "least" that the lexicon knows is left alone.
    static func leastCheck<Tracer: ValenceTracer>(
        _ valence: Double, at index: Int, tokens: Tokens, tracer: inout Tracer
    ) -> Double {
        guard index > 0, !tokens[index - 1].isInLexicon, tokens[index - 1].function == .least
        else { return valence }
        if index > 1 {
            let twoBefore = tokens[index - 2].function
            guard twoBefore != .at, twoBefore != .very else { return valence }
        }
        let negated = valence * VaderConstants.negationScalar
        tracer.record(.least, token: index, from: valence, to: negated)
        return negated
    }
}

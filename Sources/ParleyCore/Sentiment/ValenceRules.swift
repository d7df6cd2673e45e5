/// The per-token rules of vaderSentiment 3.3.2's `sentiment_valence`, each its own function,
/// in the reference's order. Names in comments are the reference's methods.
///
/// Every function reads `tokens`, the whole text's tokens, as the reference reads
/// `words_and_emoticons`; "lowercase word equals X" is a ``FunctionWord`` comparison.
enum ValenceRules {
    typealias Tokens = UnsafeMutableBufferPointer<Token>

    /// The valence of token `index` before the "but" rule: the body of the reference's loop
    /// in `polarity_scores` plus `sentiment_valence`.
    @inline(__always)
    static func valence<Tracer: ValenceTracer>(
        at index: Int, tokens: Tokens, capsDiffer: Bool, lexicon: CompiledLexicon,
        tracer: inout Tracer
    ) -> Double {
        let token = tokens[index]
        if token.booster != 0 {
            tracer.record(.boosterWord, token: index, from: 0, to: 0)
            return 0
        }
        if index < tokens.count - 1, token.function == .kind, tokens[index + 1].function == .of {
            tracer.record(.kindOf, token: index, from: 0, to: 0)
            return 0
        }
        guard token.isInLexicon else { return 0 }
        var valence = noAsNegator(token.valence, at: index, tokens: tokens, tracer: &tracer)
        valence = negatedByNo(valence, at: index, tokens: tokens, tracer: &tracer)
        valence = capsEmphasis(valence, at: index, tokens: tokens, capsDiffer, &tracer)
        for distance in 1...VaderConstants.precedingWindow {
            let before = index - distance
            guard before >= 0, !tokens[before].isInLexicon else { continue }
            let scalar = scalarIncDec(tokens[before], valence: valence, capsDiffer: capsDiffer)
            let damped = dampedByDistance(scalar, distance: distance)
            if damped != 0 {
                tracer.record(
                    .booster(distance: distance), token: index, from: valence,
                    to: valence + damped)
            }
            valence = valence + damped
            valence = negationCheck(valence, distance: distance, at: index, tokens, &tracer)
            if distance == 3 {
                valence = specialIdiomsCheck(valence, at: index, tokens, lexicon, &tracer)
            }
        }
        return leastCheck(valence, at: index, tokens: tokens, tracer: &tracer)
    }

    /// "no" as a negator of the next word: when "no" precedes a lexicon word, it scores 0
    /// itself (and `negatedByNo` negates that word).
    static func noAsNegator<Tracer: ValenceTracer>(
        _ valence: Double, at index: Int, tokens: Tokens, tracer: inout Tracer
    ) -> Double {
        guard tokens[index].function == .no, index != tokens.count - 1,
            tokens[index + 1].isInLexicon
        else { return valence }
        tracer.record(.noBeforeLexiconWord, token: index, from: valence, to: 0)
        return 0
    }

    /// A word one or two after "no", or three after it with "or"/"nor" just before, takes
    /// its lexicon valence times `N_SCALAR`. This restarts from the lexicon value, undoing
    /// `noAsNegator` for "no no" (a reference quirk).
    static func negatedByNo<Tracer: ValenceTracer>(
        _ valence: Double, at index: Int, tokens: Tokens, tracer: inout Tracer
    ) -> Double {
        func isNo(_ offset: Int) -> Bool {
            index >= offset && tokens[index - offset].function == .no
        }
        let orBefore =
            index > 0
            && (tokens[index - 1].function == .or
                || tokens[index - 1].function == .nor)
        guard isNo(1) || isNo(2) || (isNo(3) && orBefore) else { return valence }
        let negated = tokens[index].valence * VaderConstants.negationScalar
        tracer.record(.negatedByNo, token: index, from: valence, to: negated)
        return negated
    }

    /// ALL CAPS emphasis: ±`C_INCR` when the token is upper case and the text is not all
    /// upper case. A valence of 0 (a negating "no") goes down, as in the reference.
    static func capsEmphasis<Tracer: ValenceTracer>(
        _ valence: Double, at index: Int, tokens: Tokens, _ capsDiffer: Bool,
        _ tracer: inout Tracer
    ) -> Double {
        guard tokens[index].isUpper, capsDiffer else { return valence }
        let emphasised =
            valence > 0
            ? valence + VaderConstants.capsIncrement : valence - VaderConstants.capsIncrement
        tracer.record(.allCaps, token: index, from: valence, to: emphasised)
        return emphasised
    }

    /// `scalar_inc_dec`: the booster value of a preceding word, signed like `valence`, with
    /// `C_INCR` more if the booster is in caps. For a valence of 0 the booster keeps its own
    /// sign but the caps increment is subtracted (the reference's `else` branch).
    static func scalarIncDec(_ word: Token, valence: Double, capsDiffer: Bool) -> Double {
        guard word.booster != 0 else { return 0 }
        var scalar = word.booster
        if valence < 0 { scalar *= -1 }
        if word.isUpper, capsDiffer {
            if valence > 0 {
                scalar += VaderConstants.capsIncrement
            } else {
                scalar -= VaderConstants.capsIncrement
            }
        }
        return scalar
    }

    /// Boosters further away count less: 95 % at distance 2, 90 % at distance 3.
    static func dampedByDistance(_ scalar: Double, distance: Int) -> Double {
        guard scalar != 0 else { return scalar }
        switch distance {
        case 2: return scalar * VaderConstants.boosterDampingAtDistanceTwo
        case 3: return scalar * VaderConstants.boosterDampingAtDistanceThree
        default: return scalar
        }
    }
}

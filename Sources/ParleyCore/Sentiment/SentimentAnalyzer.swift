/// VADER sentiment, as vaderSentiment 3.3.2's `SentimentIntensityAnalyzer.polarity_scores`
/// computes it, to the last rounded digit (see `ReferenceQuirks.swift` for the reference's
/// oddities that are kept on purpose).
///
/// A value, safe to share between threads. Building one with a changed lexicon compiles the
/// lexicon (a few milliseconds); the built-in lexicon is compiled once per process.
public struct SentimentAnalyzer: Sendable {
    public let lexicon: SentimentLexicon
    let compiled: CompiledLexicon

    public init(lexicon: SentimentLexicon = .vader) {
        self.lexicon = lexicon
        compiled = lexicon.isBuiltIn ? CompiledLexicon.builtIn : CompiledLexicon(lexicon)
    }

    /// The four scores of `text`.
    public func scores(for text: String) -> SentimentScores {
        var scratch = SentimentScratch()
        var copy = text
        return copy.withUTF8 { scores(utf8: $0, scratch: &scratch) }
    }

    /// The four scores of a text given as UTF-8 bytes (valid UTF-8, as a corpus holds).
    public func scores(utf8 bytes: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        var scratch = SentimentScratch()
        return scores(utf8: bytes, scratch: &scratch)
    }

    /// The scores, reusing `scratch`'s buffers: the form for scoring many texts in a loop.
    public func scores(
        utf8 bytes: UnsafeBufferPointer<UInt8>, scratch: inout SentimentScratch
    ) -> SentimentScores {
        var tracer = SilentTracer()
        return evaluate(bytes, scratch: &scratch, tracer: &tracer).scores
    }

    /// The whole computation, reporting each rule's effect to `tracer`. Leaves the tokens and
    /// their final valences in `scratch`.
    func evaluate<Tracer: ValenceTracer>(
        _ input: UnsafeBufferPointer<UInt8>, scratch: inout SentimentScratch,
        tracer: inout Tracer
    ) -> SentimentSums {
        scratch.usesSubstitutedText = EmojiSubstitution.substitute(
            input, descriptions: compiled.emojiDescriptions, into: &scratch.text)
        let byteCount = scratch.usesSubstitutedText ? scratch.text.count : input.count
        scratch.prepare(forTokens: VaderTokenizer.maximumTokenCount(byteCount: byteCount))
        let table = compiled.table
        return scratch.tokens.withUnsafeMutableBufferPointer { tokenBuffer in
            let (count, punctuation) =
                scratch.usesSubstitutedText
                ? scratch.text.withUnsafeBufferPointer { text in
                    VaderTokenizer.tokenize(text, table: table, into: tokenBuffer)
                } : VaderTokenizer.tokenize(input, table: table, into: tokenBuffer)
            scratch.tokenCount = count
            let tokens = UnsafeMutableBufferPointer(rebasing: tokenBuffer[..<count])
            return scratch.sentiments.withUnsafeMutableBufferPointer { sentimentBuffer in
                scratch.nonzero.withUnsafeMutableBufferPointer { nonzeroBuffer in
                    let sentiments = UnsafeMutableBufferPointer(rebasing: sentimentBuffer[..<count])
                    let nonzeroCount = scoreTokens(
                        tokens, into: sentiments, nonzero: nonzeroBuffer, tracer: &tracer)
                    return ScoreValence.sums(
                        UnsafeBufferPointer(sentiments),
                        nonzero: UnsafeBufferPointer(rebasing: nonzeroBuffer[..<nonzeroCount]),
                        exclamations: punctuation.exclamations, questions: punctuation.questions)
                }
            }
        }
    }

    /// `polarity_scores` from the token list on: each token's valence, then "but". Lists the
    /// positions of nonzero valences in `nonzero` and returns how many there are.
    private func scoreTokens<Tracer: ValenceTracer>(
        _ tokens: UnsafeMutableBufferPointer<Token>,
        into sentiments: UnsafeMutableBufferPointer<Double>,
        nonzero: UnsafeMutableBufferPointer<Int32>, tracer: inout Tracer
    ) -> Int {
        let capsDiffer = Self.allCapsDifferential(UnsafeBufferPointer(tokens))
        var butIndex = -1
        var nonzeroCount = 0
        for index in tokens.indices {
            if butIndex < 0, tokens[index].function == .but { butIndex = index }
            let valence = ValenceRules.valence(
                at: index, tokens: tokens, capsDiffer: capsDiffer, lexicon: compiled,
                tracer: &tracer)
            sentiments[index] = valence
            if valence != 0 {
                nonzero[nonzeroCount] = Int32(truncatingIfNeeded: index)
                nonzeroCount += 1
            }
        }
        if butIndex >= 0 {
            ButShift.apply(
                to: sentiments, nonzero: UnsafeBufferPointer(rebasing: nonzero[..<nonzeroCount]),
                butIndex: butIndex, tracer: &tracer)
        }
        return nonzeroCount
    }

    /// `allcap_differential`: whether some, but not all, tokens are ALL CAPS.
    static func allCapsDifferential(_ tokens: UnsafeBufferPointer<Token>) -> Bool {
        var upper = 0
        for token in tokens where token.isUpper { upper += 1 }
        let differential = tokens.count - upper
        return differential > 0 && differential < tokens.count
    }
}

/// Buffers reused from one text to the next by a scoring loop; create one per thread.
public struct SentimentScratch: Sendable {
    var text: [UInt8] = []
    var usesSubstitutedText = false
    /// Token storage; only the first `tokenCount` are the current text's.
    var tokens: [Token] = []
    var tokenCount = 0
    /// Each token's valence; only the first `tokenCount` are the current text's.
    var sentiments: [Double] = []
    /// Positions of the nonzero valences.
    var nonzero: [Int32] = []

    public init() {}

    /// Grows the buffers to hold `count` tokens (never shrinks them).
    mutating func prepare(forTokens count: Int) {
        guard tokens.count < count else { return }
        let capacity = max(count, 2 * tokens.count, 64)
        tokens = Array(repeating: Token(start: 0, end: 0), count: capacity)
        sentiments = Array(repeating: 0, count: capacity)
        nonzero = Array(repeating: 0, count: capacity)
    }
}

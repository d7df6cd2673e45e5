@testable import ParleyCore

/// Helpers for testing the scorer's internals on real tokens.
enum SentimentTestSupport {
    /// The tokens of `text` as the scorer sees them (after emoji substitution).
    static func tokens(_ text: String) -> [Token] {
        var scratch = SentimentScratch()
        var tracer = SilentTracer()
        var copy = text
        _ = copy.withUTF8 {
            SentimentAnalyzer(lexicon: .vader).evaluate($0, scratch: &scratch, tracer: &tracer)
        }
        return Array(scratch.tokens.prefix(scratch.tokenCount))
    }

    /// The token texts of `text`.
    static func words(_ text: String) -> [String] {
        SentimentAnalyzer().explanation(for: text).tokens.map(\.text)
    }

    /// Runs `body` with the tokens of `text` in the buffer the rules take.
    static func withTokens<Result>(
        _ text: String, _ body: (UnsafeMutableBufferPointer<Token>) -> Result
    ) -> Result {
        var tokens = tokens(text)
        return tokens.withUnsafeMutableBufferPointer { body($0) }
    }

    /// The rules' effects on `text`'s tokens, as (token text, rule) pairs.
    static func rules(_ text: String, analyzer: SentimentAnalyzer = SentimentAnalyzer())
        -> [(String, SentimentRule)]
    {
        analyzer.explanation(for: text).tokens.flatMap { token in
            token.adjustments.map { (token.text, $0.rule) }
        }
    }

    /// The final valence of the token at `index` of `text`.
    static func valence(_ text: String, at index: Int) -> Double {
        SentimentAnalyzer().explanation(for: text).tokens[index].valence
    }
}

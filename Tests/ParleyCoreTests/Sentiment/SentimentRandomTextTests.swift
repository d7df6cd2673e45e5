import Testing

@testable import ParleyCore

/// Random texts built from the pieces the rules react to: no crash, scores in range, and the
/// explanation agrees with the scorer. (Parity with the reference on 60,000 such texts was
/// checked once with the reference itself; the committed fixtures pin the rules.)
@Suite struct SentimentRandomTextTests {
    static let pieces = [
        "but", "BUT", "no", "NO", "not", "never", "so", "this", "least", "at", "very", "kind",
        "of", "sort", "without", "doubt", "the", "shit", "bomb", "bad", "ass", "good", "GREAT",
        "love", "hate", "yeah", "right", "isn't", "DON'T", "kinda", "barely", "!", "!!", "???",
        ":)", ":(", "<3", "😁", "😢", "❤️", "👍🏽", "©", "café", "ÇOK", "Σ", "ΟΔΟΣ", "İ",
        "\u{212A}ind", "ǅ", "\u{FFFD}", "\u{A0}", "\u{2028}", "\t", "\r\n", "\u{200B}", "...",
        "--good--", "ok,", "no!", "http://x.com/good",
    ]

    static func text(_ random: inout SplitMix64) -> String {
        let count = Int(random.next() % 60)
        var text = ""
        for _ in 0..<count {
            text += pieces[Int(random.next() % UInt64(pieces.count))]
            text += random.next() % 5 == 0 ? "" : " "
        }
        return text
    }

    @Test func explanationsAgreeAndScoresStayInRange() {
        var random = SplitMix64(seed: 2014)
        let analyzer = SentimentAnalyzer()
        for _ in 0..<3_000 {
            let text = Self.text(&random)
            let scores = analyzer.scores(for: text)
            #expect(analyzer.explanation(for: text).scores == scores, "\(text.debugDescription)")
            #expect((-1...1).contains(scores.compound))
            let shares = scores.negative + scores.neutral + scores.positive
            #expect(shares == 0 || (shares - 1).magnitude <= 0.002, "\(text.debugDescription)")
        }
    }
}

import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyShell

/// Defined results for texts that are not ordinary comments.
@Suite struct SentimentBadInputTests {
    static func scored(_ texts: [String]) throws -> (Session, URL) {
        let directory = try RepositoryPaths.temporaryDirectory("sentiment-bad")
        let lines = texts.enumerated().map { index, text in
            // Texts are given JSON-escaped.
            "{\"id\": \"u\(index)\", \"author\": \"a\", \"text\": \"\(text)\"}"
        }
        try lines.joined(separator: "\n").write(
            to: directory.appendingPathComponent("t.jsonl"), atomically: true, encoding: .utf8)
        let session = Session(options: SessionOptions(workingDirectory: directory.path))
        let sink = StringSink()
        #expect(
            !session.execute("load t.jsonl; sentiment", results: sink, diagnostics: sink).failed)
        return (session, directory)
    }

    @Test func emptyAndWhitespaceTextsScoreZero() throws {
        let (session, directory) = try Self.scored(["", "   ", "\\t\\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let scores = try #require(session.sentiment.scores)
        for index in 0..<3 { #expect(scores[index] == .zero) }
    }

    @Test func aMegabyteCommentScoresAndExplains() throws {
        let text = String(repeating: "good ", count: 200_000)  // 1 MB
        let (session, directory) = try Self.scored([text])
        defer { try? FileManager.default.removeItem(at: directory) }
        let scores = try #require(session.sentiment.scores)
        #expect(scores[0].compound > 0.99)
        let sink = StringSink()
        let outcome = session.execute("mode json; sentiment u0", results: sink, diagnostics: sink)
        #expect(!outcome.failed)
        #expect(sink.text.contains("\"200000 good\""))
    }

    @Test func onlyEmojiScoreThroughTheirDescriptions() throws {
        let (session, directory) = try Self.scored(["😀😀 👍", "😢 😢", "💔"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let scores = try #require(session.sentiment.scores)
        // vaderSentiment 3.3.2's figures; "broken heart" is positive there (heart: 3.2).
        #expect(scores[0].compound == 0.6124)
        #expect(scores[1].compound == -0.7351)
        #expect(scores[2].compound == 0.2732)
    }
}

import Foundation

/// What `Tests/Fixtures/reddit/reddit_expected.py` computed from the Pushshift sample with
/// Python's json module (`pushshift-expected.json`; the script's docstring says how to
/// rerun it).
struct RedditFixture: Decodable {
    struct Summary: Decodable {
        var utterances: Int
        var comments: Int
        var submissions: Int
        var removed: Int
        var deletedAuthors: Int
        var orphans: Int
        var speakers: Int
    }

    struct Utterance: Decodable {
        var id: String
        var kind: String
        var replyTo: String?
        var speaker: String
        var timestamp: Int
        var subreddit: String
        var removed: String?
        var textLength: Int
    }

    var summary: Summary
    var utterances: [Utterance]

    static func load() throws -> RedditFixture {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // up to the repository root
        let fixture = url.appendingPathComponent("Tests/Fixtures/reddit/pushshift-expected.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(RedditFixture.self, from: Data(contentsOf: fixture))
    }
}

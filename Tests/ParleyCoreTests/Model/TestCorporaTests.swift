import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// The shared builders other suites rely on.
@Suite struct TestCorporaTests {
    @Test func makeKeepsRowsInOrder() throws {
        let corpus = try TestCorpora.make([("a", nil, "ann", "hello"), ("b", "a", "bob", "hi")])
        #expect(corpus.utteranceIndices.map(corpus.id) == ["a", "b"])
        #expect(corpus.utteranceIndices.map(corpus.speakerID) == ["ann", "bob"])
        #expect(corpus.utteranceIndices.map(corpus.text) == ["hello", "hi"])
        #expect(corpus.forest.parent(of: 1) == 0)
        #expect(corpus.timestamp(of: 0) == nil)
    }

    @Test func chainAndStarShapes() throws {
        let chain = try TestCorpora.chain(depth: 3)
        #expect(chain.utteranceIndices.map(chain.id) == ["u0", "u1", "u2"])
        #expect(chain.utteranceIndices.map(chain.replyTo) == [nil, "u0", "u1"])
        #expect(chain.utteranceIndices.map(chain.speakerID) == ["ann", "bob", "ann"])
        let star = try TestCorpora.star(width: 2)
        #expect(star.utteranceIndices.map(star.replyTo) == [nil, "u0", "u0"])
        #expect(try TestCorpora.star(width: 0).utteranceCount == 1)
        #expect(try TestCorpora.chain(depth: 0).isEmpty)
    }

    @Test func jsonlWritesOneObjectPerLineInKeyOrder() {
        let text = TestCorpora.jsonl([
            TestCorpora.Record("a", speaker: "ann", text: "hi", time: 1_709_543_520),
            TestCorpora.Record("b", parent: "a", speaker: "org", text: "x", role: .organization),
        ])
        #expect(
            text == """
                {"id":"a","parent":null,"author":"ann","time":1709543520,"text":"hi"}
                {"id":"b","parent":"a","author":"org","role":"organization","text":"x"}

                """)
    }

    @Test func jsonlEscapesWhatJSONNeedsAndParsesBack() throws {
        let awkward = "say \"hi\"\\ then\nnew line\ttab \u{1}ctl café 😊"
        let text = TestCorpora.jsonl(
            [TestCorpora.Record("q\"1", text: awkward)], extra: [("likes", "3")])
        #expect(text.hasSuffix("}\n"))
        let line = Data(text.dropLast().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        #expect(object["text"] as? String == awkward)
        #expect(object["id"] as? String == "q\"1")
        #expect(object["likes"] as? Int == 3)
        #expect(object["parent"] is NSNull)
        #expect(TestCorpora.jsonString("\u{1}") == "\"\\u0001\"")
    }

    @Test func jsonlFromRows() {
        #expect(
            TestCorpora.jsonl([("a", nil, "ann", "hello")])
                == "{\"id\":\"a\",\"parent\":null,\"author\":\"ann\",\"text\":\"hello\"}\n")
    }
}

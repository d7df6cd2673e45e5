import Testing

@testable import ParleyCore

@Suite struct FieldDetectionTests {
    /// One alias of each class per case, with the names detection must choose.
    @Test(arguments: [
        (
            #"{"id":"a","parent":"","author":"x","text":"t","time":1}"#,
            ["id", "parent", "author", "text", "time"]
        ),
        (
            #"{"utterance_id":"a","parent_id":"","user":"x","body":"t","timestamp":1}"#,
            ["utterance_id", "parent_id", "user", "body", "timestamp"]
        ),
        (
            #"{"comment_id":"a","reply_to":"","speaker":"x","message":"t","created_at":1}"#,
            ["comment_id", "reply_to", "speaker", "message", "created_at"]
        ),
        (
            #"{"tweet_id":"a","reply-to":"","by":"x","content":"t","created_utc":1}"#,
            ["tweet_id", "reply-to", "by", "content", "created_utc"]
        ),
        (
            #"{"uid":"a","in_reply_to":"","username":"x","comment":"t","date":1}"#,
            ["uid", "in_reply_to", "username", "comment", "date"]
        ),
        (
            #"{"name":"a","in_response_to_tweet_id":"","author_id":"x","comment_body":"t","created":1}"#,
            ["name", "in_response_to_tweet_id", "author_id", "comment_body", "created"]
        ),
        (
            #"{"ID":"a","ParentID":"","User_ID":"x","Text":"t","Time":1}"#,
            ["ID", "ParentID", "User_ID", "Text", "Time"]
        ),
    ])
    func detectsEveryAliasClass(line: String, expected: [String]) throws {
        let (_, report, _) = try loadText(line + "\n")
        let fields: [UtteranceField] = [.id, .parent, .speaker, .text, .time]
        #expect(fields.map { report.fieldNames[$0] } == expected)
        #expect(report.loadedCount == 1)
    }

    @Test func prefersIDOverRedditName() throws {
        let line = #"{"name":"t1_abc","id":"abc","parent_id":"t3_x","body":"hi"}"#
        let (corpus, report, _) = try loadText(line + "\n")
        #expect(report.fieldNames[.id] == "id")
        #expect(corpus.id(of: 0) == "abc")
        #expect(corpus.metadata.value(of: 0, key: "name") == .string("t1_abc"))
    }

    @Test func mapOverridesDetection() throws {
        let line = #"{"id":"1","uid":"u9","text":"short","comment_body":"long text"}"#
        let options = LoadOptions(fieldNames: [.text: "comment_body", .id: "UID"])
        let (corpus, report, _) = try loadText(line + "\n", options: options)
        #expect(report.fieldNames[.text] == "comment_body")
        #expect(report.fieldNames[.id] == "uid")
        #expect(corpus.text(of: 0) == "long text")
        #expect(corpus.id(of: 0) == "u9")
        #expect(corpus.metadata.value(of: 0, key: "text") == .string("short"))
    }

    @Test func missingTextFieldNamesWhatWasSeen() throws {
        let error = try #require(loadErrorForText(#"{"id":"1","title":"x","score":3}"#))
        guard case .missingField(_, let field, let available) = error else {
            Issue.record("expected missingField, got \(error)")
            return
        }
        #expect(field == .text)
        #expect(available == ["id", "title", "score"])
        #expect(
            error.description.hasSuffix(
                "no text field found among id, title, score (name one with --map text=NAME)"))
    }

    @Test func missingIDField() throws {
        let error = loadErrorForText(#"{"body":"x"}"#)
        guard case .missingField(_, .id, ["body"]) = error else {
            Issue.record("expected a missing id field, got \(String(describing: error))")
            return
        }
    }

    @Test func mapToAnAbsentFieldIsAnError() throws {
        let options = LoadOptions(fieldNames: [.text: "comment_body"])
        let error = loadErrorForText(#"{"id":"1","text":"x"}"#, options: options)
        guard case .mappedFieldMissing(_, .text, "comment_body", ["id", "text"]) = error else {
            Issue.record("expected a mapped field missing, got \(String(describing: error))")
            return
        }
        // Regression: this used to say "no text field found among id, text", which is
        // false when the file has a text field and the user mapped another name.
        #expect(
            error?.description.hasSuffix(
                "--map text=comment_body names no field of its records; they have id, text")
                == true)
    }

    @Test func detectionSeesKeysOfLaterRecords() throws {
        let text =
            #"{"id":"1","text":"root"}"# + "\n" + #"{"id":"2","text":"r","parent":"1"}"# + "\n"
        let (corpus, report, _) = try loadText(text)
        #expect(report.fieldNames[.parent] == "parent")
        #expect(corpus.forest.parent(of: 1) == 0)
    }

    @Test func rolesMapToOrganizationOrCustomer() throws {
        let values = ["organization", "Org", "brand", "AGENT", "staff", "author", "customer", "x"]
        let text = values.enumerated().map { index, role in
            #"{"id":"\#(index)","text":"t","speaker":"s\#(index)","role":"\#(role)"}"#
        }.joined(separator: "\n")
        let (corpus, _, _) = try loadText(text)
        let roles = corpus.utteranceIndices.map { corpus.role(of: $0) }
        #expect(roles == Array(repeating: .organization, count: 6) + [.customer, .customer])
    }

    private func loadErrorForText(_ line: String, options: LoadOptions = LoadOptions())
        -> LoadError?
    {
        let scratch = ScratchDirectory()
        return loadError([scratch.write("x.jsonl", line + "\n")], options: options)
    }
}

import ParleyCore
import ParleyTestSupport
import Testing

@Suite struct CorpusBuilderTests {
    private func record(
        _ id: String, _ parent: String? = nil, speaker: String? = "ann", text: String = "",
        role: Role? = nil, line: Int? = nil, metadata: [(key: String, value: MetadataValue)] = []
    ) -> UtteranceRecord {
        UtteranceRecord(
            id: id, replyTo: parent, speaker: speaker, text: text, role: role,
            metadata: metadata, source: line.map { SourceLocation(file: "in.jsonl", line: $0) })
    }

    @Test func addNumbersRecordsInInputOrder() {
        var builder = CorpusBuilder()
        #expect(builder.add(record("a")) == .added(index: 0))
        #expect(builder.add(record("b")) == .added(index: 1))
        #expect(builder.count == 2)
        #expect(builder.index(ofID: "b") == 1)
        #expect(builder.index(ofID: "c") == nil)
    }

    @Test func duplicateIDSkipsTheLaterRecordAndNamesTheFirst() throws {
        var builder = CorpusBuilder()
        _ = builder.add(record("a", text: "first", line: 1))
        _ = builder.add(record("b", text: "other", line: 2))
        let outcome = builder.add(record("a", text: "second", line: 3))
        #expect(
            outcome
                == .duplicate(
                    firstIndex: 0, firstSource: SourceLocation(file: "in.jsonl", line: 1)))
        #expect(builder.count == 2)
        let corpus = try builder.build()
        #expect(corpus.utteranceCount == 2)
        #expect(corpus.text(of: 0) == "first")
        #expect(corpus.source(of: 0)?.line == 1)
    }

    @Test func duplicateWithoutSourceNamesTheFirstIndexOnly() {
        var builder = CorpusBuilder()
        _ = builder.add(record("x"))
        _ = builder.add(record("a"))
        #expect(builder.add(record("a", line: 7)) == .duplicate(firstIndex: 1, firstSource: nil))
    }

    @Test func skippedDuplicateLeavesNoMetadataOrSpeakerBehind() throws {
        var builder = CorpusBuilder()
        _ = builder.add(record("a", metadata: [("n", .number("1"))]))
        _ = builder.add(record("a", speaker: "ghost", metadata: [("n", .number("2"))]))
        _ = builder.add(record("b", metadata: [("n", .number("3"))]))
        let corpus = try builder.build()
        #expect(corpus.metadata.value(of: 1, key: "n") == .number("3"))
        #expect(corpus.speakerIndex(ofID: "ghost") == nil)
        #expect(corpus.speakerCount == 1)
    }

    @Test func repliesToADuplicatedIDAttachToTheFirstRecord() throws {
        var builder = CorpusBuilder()
        _ = builder.add(record("a"))
        _ = builder.add(record("b"))
        _ = builder.add(record("a", "b"))
        _ = builder.add(record("c", "a"))
        let corpus = try builder.build()
        #expect(corpus.forest.parent(of: 2) == 0)
        #expect(corpus.forest.roots == [0, 1])
    }

    @Test func speakersAreInternedWithUtteranceCounts() throws {
        let corpus = try TestCorpora.make([
            ("1", nil, "ann", "a"), ("2", "1", "bob", "b"), ("3", "2", "ann", "c"),
        ])
        #expect(corpus.speakerCount == 2)
        #expect(corpus.speakerIndex(of: 0) == corpus.speakerIndex(of: 2))
        #expect(corpus.speakerIndex(of: 0) != corpus.speakerIndex(of: 1))
        #expect(corpus.speakers.map(\.id) == ["ann", "bob"])
        #expect(corpus.speakers.map(\.utteranceCount) == [2, 1])
        #expect(corpus.speakerIndex(ofID: "bob") == 1)
    }

    @Test func missingSpeakerIsTheUnknownSpeaker() throws {
        var builder = CorpusBuilder()
        _ = builder.add(record("a", speaker: nil))
        _ = builder.add(record("b", speaker: nil))
        let corpus = try builder.build()
        #expect(corpus.speakerID(of: 0) == Speaker.unknownID)
        #expect(corpus.speakerCount == 1)
        #expect(corpus.speaker(0).utteranceCount == 2)
    }

    @Test func organizationRoleSticksToTheSpeaker() throws {
        var builder = CorpusBuilder()
        _ = builder.add(record("a", speaker: "brand", role: nil))
        _ = builder.add(record("b", speaker: "brand", role: .organization))
        _ = builder.add(record("c", speaker: "brand", role: .customer))
        _ = builder.add(record("d", speaker: "brand", role: nil))
        _ = builder.add(record("e", speaker: "fan", role: nil))
        let corpus = try builder.build()
        #expect(
            corpus.utteranceIndices.map { corpus.role(of: $0) } == [
                .organization, .organization, .organization, .organization, .customer,
            ])
        #expect(corpus.speakers.map(\.role) == [.organization, .customer])
    }

    @Test func setRoleChangesTheSpeakersRole() throws {
        var corpus = try TestCorpora.make([("a", nil, "ann", "x"), ("b", "a", "bob", "y")])
        corpus.setRole(.organization, ofSpeaker: 1)
        #expect(corpus.role(of: 1) == .organization)
        #expect(corpus.role(of: 0) == .customer)
    }

    @Test func appendingToAnExistingCorpusKeepsItsIDsAndLinks() throws {
        let first = try TestCorpora.make([("a", nil, "ann", "x")])
        var builder = CorpusBuilder(appendingTo: first)
        #expect(builder.add(record("a")) == .duplicate(firstIndex: 0, firstSource: nil))
        #expect(builder.add(record("b", "a", speaker: "ann")) == .added(index: 1))
        let corpus = try builder.build()
        #expect(corpus.utteranceCount == 2)
        #expect(corpus.speakerCount == 1)
        #expect(corpus.forest.parent(of: 1) == 0)
    }

    @Test func appendedParentAdoptsAnEarlierOrphan() throws {
        let first = try TestCorpora.make([("b", "a", "bob", "reply before its parent")])
        #expect(first.forest.orphans == [0])
        var builder = CorpusBuilder(appendingTo: first)
        _ = builder.add(record("a", text: "the parent, from a second file"))
        let corpus = try builder.build()
        #expect(corpus.forest.orphans.isEmpty)
        #expect(corpus.forest.parent(of: 0) == 1)
        #expect(corpus.forest.roots == [1])
    }

    @Test func buildStopsWhenCancelled() {
        var builder = CorpusBuilder()
        _ = builder.add(record("a"))
        _ = builder.add(record("b", "a"))
        #expect(throws: CancelledError.self) {
            try builder.build(cancellation: Cancellation { true })
        }
    }
}

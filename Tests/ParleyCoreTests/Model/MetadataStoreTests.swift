import ParleyCore
import Testing

@Suite struct MetadataStoreTests {
    private func store() -> MetadataStore {
        var store = MetadataStore()
        store.appendUtterance([("likes", .number("3")), ("channel", .string("web"))])
        store.appendUtterance([])
        store.appendUtterance([
            ("channel", .string("app")), ("flags", .init(.json, "[1,2]")), ("ok", .bool(true)),
        ])
        return store
    }

    @Test func entriesKeepTheOrderTheDataGave() {
        let store = store()
        #expect(store.utteranceCount == 3)
        #expect(store.entryCount == 5)
        #expect(store.entries(of: 0).map(\.key) == ["likes", "channel"])
        #expect(store.entries(of: 0).map(\.value) == [.number("3"), .string("web")])
        #expect(store.entries(of: 2).map(\.key) == ["channel", "flags", "ok"])
        #expect(store.entries(of: 2).map(\.value.kind) == [.string, .json, .bool])
        #expect(store.keys == ["likes", "channel", "flags", "ok"])
    }

    @Test func valueLooksUpOneUtterancesKey() {
        let store = store()
        #expect(store.value(of: 0, key: "channel") == .string("web"))
        #expect(store.value(of: 2, key: "channel") == .string("app"))
        #expect(store.value(of: 2, key: "flags") == MetadataValue(.json, "[1,2]"))
        #expect(store.value(of: 0, key: "likes")?.number == 3)
    }

    @Test func missingKeysGiveNil() {
        let store = store()
        #expect(store.value(of: 0, key: "unheard-of") == nil)
        #expect(store.value(of: 2, key: "likes") == nil, "known key, other utterance")
        #expect(store.value(of: 1, key: "channel") == nil)
        #expect(store.entries(of: 1).isEmpty)
    }

    @Test func truncateDropsLaterUtterancesAndTheirEntries() {
        var store = store()
        store.truncate(to: 1)
        #expect(store.utteranceCount == 1)
        #expect(store.entryCount == 2)
        store.appendUtterance([("likes", .number("9"))])
        #expect(store.entries(of: 1).map(\.value) == [.number("9")])
        #expect(store.value(of: 1, key: "channel") == nil)
        #expect(store.entries(of: 0).map(\.value) == [.number("3"), .string("web")])
    }

    @Test func truncateForgetsKeysOnlyTheDroppedUtterancesUsed() {
        var store = store()
        store.truncate(to: 1)
        // Regression: the keys only the dropped utterance used stayed interned, so a
        // rejected record's fields showed up as fields of the corpus.
        #expect(store.keys == ["likes", "channel"])
        #expect(store.value(of: 0, key: "flags") == nil)
    }

    @Test func truncateToZeroAndBeyondCount() {
        var store = store()
        let before = store
        store.truncate(to: 3)
        #expect(store == before)
        store.truncate(to: 0)
        #expect(store.utteranceCount == 0)
        #expect(store.entryCount == 0)
        store.appendUtterance([("channel", .string("twitter"))])
        #expect(store.entries(of: 0).map(\.value) == [.string("twitter")])
    }

    @Test func metadataValueNumbers() {
        #expect(MetadataValue.number("2.5").number == 2.5)
        #expect(MetadataValue.string("12").number == 12)
        #expect(MetadataValue.string("twelve").number == nil)
        #expect(MetadataValue.bool(true).number == nil)
        #expect(MetadataValue.bool(false).text == "false")
        #expect(MetadataValue.null.number == nil)
    }
}

import Testing

@testable import ParleyCore

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

    @Test func eachUtteranceKeepsItsOwnKeyOrder() {
        var store = MetadataStore()
        store.appendUtterance([("a", .string("1")), ("b", .string("2"))])
        store.appendUtterance([("b", .string("3")), ("a", .string("4"))])
        #expect(store.entries(of: 0).map(\.key) == ["a", "b"])
        #expect(store.entries(of: 1).map(\.key) == ["b", "a"])
        #expect(store.entries(of: 1).map(\.value.text) == ["3", "4"])
    }

    /// Each utterance is held against the shape of the one before, key by key: shapes that
    /// are the last one's, a prefix of it, longer, reordered, empty, or stray midway.
    @Test func shapesFollowEachUtteranceWhateverTheOneBefore() {
        let shapes: [[String]] = [
            ["a", "b"], ["a", "b"], ["a"], ["a", "b", "c"], [], [], ["b", "a"], ["a", "c"],
            ["a", "b"], ["a", "b", "a"], ["c"], ["a", "b"],
        ]
        var store = MetadataStore()
        for (number, keys) in shapes.enumerated() {
            store.appendUtterance(keys.map { ($0, .string("\(number)")) })
        }
        for (number, keys) in shapes.enumerated() {
            let unique = keys.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            #expect(store.entries(of: number).map(\.key) == unique, "utterance \(number)")
        }
        #expect(store.entryCount == shapes.map { Set($0).count }.reduce(0, +))
    }

    @Test func aKeyGivenTwiceKeepsTheLaterValue() {
        var store = MetadataStore()
        store.appendUtterance([("a", .string("first")), ("b", .bool(true)), ("a", .number("2"))])
        #expect(store.entryCount == 2)
        #expect(store.entries(of: 0).map(\.key) == ["a", "b"])
        #expect(store.value(of: 0, key: "a") == .number("2"))
    }

    @Test func equalTextsOfDifferentKindsStayApart() {
        var store = MetadataStore()
        store.appendUtterance([("v", .number("1"))])
        store.appendUtterance([("v", .string("1"))])
        store.appendUtterance([("v", .number("1"))])
        #expect(store.value(of: 0, key: "v") == .number("1"))
        #expect(store.value(of: 1, key: "v") == .string("1"))
        #expect(store.value(of: 2, key: "v") == .number("1"))
    }

    /// Many distinct values switch a column from dictionary to plain storage; values
    /// appended before and after the switch, sparse rows and a truncation across it
    /// must all read back as they went in.
    @Test func mostlyDistinctValuesReadBackAcrossTheSwitchToPlainStorage() {
        var store = MetadataStore()
        let count = MetadataColumn.dictionaryFloor * 3
        var expected: [[(String, MetadataValue)]] = []
        for row in 0..<count {
            var entries: [(String, MetadataValue)] = [("kind", .string(row % 3 == 0 ? "x" : "y"))]
            if row % 7 != 0 { entries.append(("reply", .string("id-\(row)"))) }
            if row % 1000 == 0 { entries.insert(("rare", .number("\(row)")), at: 0) }
            store.appendUtterance(entries.map { (key: $0.0, value: $0.1) })
            expected.append(entries)
        }
        func check(_ rows: Range<Int>) {
            for row in rows {
                let entries = store.entries(of: row)
                #expect(entries.map(\.key) == expected[row].map(\.0))
                #expect(entries.map(\.value) == expected[row].map(\.1))
            }
        }
        check(0..<count)
        store.truncate(to: count / 2 + 1)
        check(0..<(count / 2 + 1))
        store.appendUtterance([("reply", .string("again"))])
        #expect(store.value(of: count / 2 + 1, key: "reply") == .string("again"))
        #expect(store.value(of: count / 2 + 1, key: "kind") == nil)
    }

    @Test func manyDistinctValuesWidenTheCodes() {
        var store = MetadataStore()
        // A distinct value every 20 rows: past 255 codes, and past the dictionary floor
        // with few enough distinct values to stay a dictionary.
        let count = 100_000
        for row in 0..<count { store.appendUtterance([("v", .number("\(row / 20)"))]) }
        for row in stride(from: 0, to: count, by: 997) {
            #expect(store.value(of: row, key: "v") == .number("\(row / 20)"))
        }
        #expect(store.value(of: count - 1, key: "v") == .number("\((count - 1) / 20)"))
    }

    /// The point of the columns: a key with two values (TWCS's `inbound`) costs a code
    /// byte and a shape byte an utterance, where the entry-per-value layout cost about 20.
    @Test func aRepeatedValueCostsAboutAByteAnUtterance() {
        var store = MetadataStore()
        let count = 20_000
        store.reserveCapacity(utterances: count)
        for row in 0..<count {
            store.appendUtterance([("inbound", .string(row % 3 == 0 ? "False" : "True"))])
        }
        #expect(store.byteCount < count * 2 + 1024)
        #expect(store.value(of: 3, key: "inbound") == .string("False"))
        #expect(store.value(of: 4, key: "inbound") == .string("True"))
    }

    @Test func narrowIntegersWidenFromOneToTwoToFourBytes() {
        var numbers = NarrowIntegers()
        let values = [0, 255, 7, 256, 65_535, 3, 65_536, Int(UInt32.max), 9]
        for (position, value) in values.enumerated() {
            numbers.append(value)
            #expect((0...position).map { numbers[$0] } == Array(values[0...position]))
        }
        #expect(numbers.width == 4)
        numbers.removeLast(2)
        #expect(numbers.count == values.count - 2)
        #expect(numbers[numbers.count - 1] == 65_536)
    }

    /// Setting in place (the reply forest's depths) widens every value first, straight
    /// from one byte to four when the value needs it.
    @Test func narrowIntegersSetInPlaceWidenWithoutLosingValues() {
        var numbers = NarrowIntegers(zeros: 5)
        numbers.set(1, to: 200)
        #expect(numbers.width == 1)
        numbers.set(2, to: 70_000)
        #expect(numbers.width == 4)
        numbers.set(3, to: 300)
        #expect((0..<5).map { numbers[$0] } == [0, 200, 70_000, 300, 0])
        var halves = NarrowIntegers(zeros: 3)
        halves.set(0, to: 256)
        halves.set(2, to: 65_535)
        #expect(halves.width == 2)
        #expect((0..<3).map { halves[$0] } == [256, 0, 65_535])
    }

    /// A hostile file whose every record brings a key of its own: each key is a column
    /// with one value, stored without a dictionary, and lookups never scan other keys.
    @Test func keysThatNeverRepeatEachReadBack() {
        var store = MetadataStore()
        let count = 50_000
        for row in 0..<count {
            store.appendUtterance([("shared", .bool(row % 2 == 0)), ("k\(row)", .number("\(row)"))])
        }
        #expect(store.keys.count == count + 1)
        for row in stride(from: 0, to: count, by: 4999) {
            #expect(store.entries(of: row).map(\.key) == ["shared", "k\(row)"])
            #expect(store.value(of: row, key: "k\(row)") == .number("\(row)"))
            #expect(store.value(of: row, key: "k\(row + 1)") == nil)
        }
    }

    /// A column's first value is stored as it is and its second starts the dictionary;
    /// truncating back to one value and to none must leave a column that still works.
    @Test func truncationAcrossTheFirstValues() {
        var store = MetadataStore()
        store.appendUtterance([("v", .string("a"))])
        store.appendUtterance([("v", .string("a"))])
        store.appendUtterance([("v", .string("b"))])
        store.truncate(to: 1)
        store.appendUtterance([("v", .string("c"))])
        store.appendUtterance([("v", .string("a"))])
        #expect((0..<3).map { store.value(of: $0, key: "v")?.text } == ["a", "c", "a"])
        store.truncate(to: 0)
        store.appendUtterance([("v", .number("1"))])
        store.appendUtterance([("v", .string("1"))])
        #expect(store.value(of: 0, key: "v") == .number("1"))
        #expect(store.value(of: 1, key: "v") == .string("1"))
    }

    @Test func storesWithTheSameEntriesAreEqual() {
        var grown = MetadataStore()
        for row in 0..<10 { grown.appendUtterance([("v", .number("\(row)"))]) }
        grown.truncate(to: 5)
        var direct = MetadataStore()
        for row in 0..<5 { direct.appendUtterance([("v", .number("\(row)"))]) }
        #expect(grown == direct)
        direct.appendUtterance([])
        #expect(grown != direct)
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

import ParleyCore
import Testing

@Suite struct ThemeQueryTests {
    static func ids(_ expression: String, _ themes: UtteranceThemes) throws -> [String] {
        let corpus = try QueryFixtures.corpus()
        let predicate = try QueryPredicate(
            QueryParser.parse(expression), in: corpus, themes: themes)
        return predicate.matchingIndices().map(corpus.id(of:))
    }

    // Utterances a, b, c, d, e are indices 0…4.
    static let themes = UtteranceThemes(
        tags: [0: ["billing", "delivery"], 1: ["billing"], 3: ["delivery"]],
        disagreements: [1])

    @Test func themeEqualsAnyOfTheTags() throws {
        #expect(try Self.ids("theme = billing", Self.themes) == ["a", "b"])
        #expect(try Self.ids("theme != billing", Self.themes) == ["c", "d", "e"])
        #expect(try Self.ids("theme in (delivery, praise)", Self.themes) == ["a", "d"])
        #expect(try Self.ids("theme ~ '^del'", Self.themes) == ["a", "d"])
    }

    @Test func untaggedAndDisagreement() throws {
        #expect(try Self.ids("untagged", Self.themes) == ["c", "e"])
        #expect(try Self.ids("not untagged and not disagreement", Self.themes) == ["a", "d"])
        #expect(try Self.ids("disagreement", Self.themes) == ["b"])
    }

    @Test func withoutTagsEverythingIsUntagged() throws {
        #expect(try Self.ids("untagged", .none).count == 5)
        #expect(try Self.ids("theme = billing", .none).isEmpty)
    }
}

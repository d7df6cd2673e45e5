import Testing

@testable import ParleyShell

@Suite struct SuggestionsTests {
    @Test func editDistanceCountsATranspositionAsOneEdit() {
        #expect(Suggestions.editDistance("lsit", "list") == 1)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(Suggestions.editDistance("", "abc") == 3)
        #expect(Suggestions.editDistance("same", "same") == 0)
    }

    @Test func suggestsOnlyCloseCandidates() {
        #expect(Suggestions.didYouMean("lsit", among: ["list", "load"]) == "did you mean 'list'?")
        #expect(Suggestions.didYouMean("xyzzy", among: ["list", "load"]) == nil)
        #expect(Suggestions.closest(to: "INFO", among: ["info"]) == "info")
    }
}

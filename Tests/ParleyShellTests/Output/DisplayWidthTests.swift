import Testing

@testable import ParleyShell

@Suite struct DisplayWidthTests {
    @Test func asciiCountsOnePerCharacter() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func eastAsianWideCountsTwo() {
        #expect(DisplayWidth.of("世界") == 4)
        #expect(DisplayWidth.of("カタカナ") == 8)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth Latin
        #expect(DisplayWidth.of("ｶ") == 1)  // halfwidth katakana
    }

    @Test func emojiCountTwo() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)  // with a skin-tone modifier
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)  // a ZWJ family
        #expect(DisplayWidth.of("🇫🇷") == 2)  // a flag
        #expect(DisplayWidth.of("❤️") == 2)  // text symbol with VS16
        #expect(DisplayWidth.of("1️⃣") == 2)  // keycap
    }

    @Test func combiningMarksCountZero() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\u{301}\u{302}\u{303}") == 1)
        #expect(DisplayWidth.of("\u{301}") == 0)  // a lone mark
        #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
    }

    @Test func otherScriptsCountOne() {
        #expect(DisplayWidth.of("Grüße") == 5)
        #expect(DisplayWidth.of("Привет") == 6)
        #expect(DisplayWidth.of("…─│") == 3)
    }
}

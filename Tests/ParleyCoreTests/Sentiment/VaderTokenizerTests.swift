import Testing

@testable import ParleyCore

@Suite struct VaderTokenizerTests {
    @Test func stripsPunctuationUnlessTwoCharactersOrFewerRemain() {
        // As the reference's SentiText prints them.
        #expect(
            SentimentTestSupport.words(#"ok, :) good!!! --sad-- """great""" no! a.b.c"#)
                == ["ok,", ":)", "good", "sad", "great", "no!", "a.b.c"])
    }

    @Test func countsCodePointsWhenDecidingToStrip() {
        // "é!" strips to one code point (two bytes): kept whole. "éé!" strips to two.
        #expect(SentimentTestSupport.words("é! ééé! ab!") == ["é!", "ééé", "ab!"])
    }

    @Test func emptyAndBlankTextsHaveNoTokens() {
        #expect(SentimentTestSupport.words("").isEmpty)
        #expect(SentimentTestSupport.words(" \t\n\u{3000}").isEmpty)
    }

    @Test func countsExclamationAndQuestionMarksEverywhere() {
        let sums = SentimentAnalyzer().explanation(for: "Good!! Really?? ok! ?").sums
        #expect(sums.exclamationCount == 3)
        #expect(sums.questionCount == 3)
    }

    @Test func resolvesLowercaseAndCaps() {
        let tokens = SentimentTestSupport.tokens("GOOD Good good DON'T")
        #expect(tokens.map(\.isUpper) == [true, false, false, true])
        #expect(tokens[0].valence == 1.9 && tokens[1].valence == 1.9)
        #expect(tokens[3].isNegation)
    }

    @Test func findsNTInsideWordsAsTheReferenceDoes() {
        let tokens = SentimentTestSupport.tokens("don't doesn't wouldn't aren't nt n't")
        #expect(tokens.map(\.isNegation) == [true, true, true, true, false, true])
    }

    @Test func nonASCIIFastPathAgreesWithThePythonStringPath() {
        let lexicon = SentimentLexicon.vader.setting("çok", to: 2).setting("straße", to: 1)
        let table = CompiledLexicon(lexicon).table
        let words = [
            "ÇOK", "Çok", "çok", "STRAẞE", "straße", "İstanbul", "\u{212A}ind", "ǅungla", "Ⅻ",
            "ÜBER", "ÉCOLE", "café", "😁", "£75", "DON’T", "ＧＯＯＤ", "ᾈ", "ﬁne", "Ⱥ",
        ]
        for word in words {
            var bytes = Array(word.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                let view = UnsafeBufferPointer(buffer)
                var fast = Token(start: 0, end: view.count)
                var general = fast
                VaderTokenizer.classifyNonASCII(&fast, word: view, table: table)
                VaderTokenizer.classifyWithContext(&general, word: view, table: table)
                #expect(fast.entry == general.entry, "\(word)")
                #expect(fast.isUpper == general.isUpper, "\(word)")
                #expect(fast.isNegation == general.isNegation, "\(word)")
            }
        }
        #expect(SentimentAnalyzer(lexicon: lexicon).scores(for: "ÇOK").compound > 0)
    }

    @Test func recognisesFunctionWordsInAnyCase() {
        let tokens = SentimentTestSupport.tokens("BUT Least \u{212A}ind of")
        #expect(tokens.map(\.function) == [.but, .least, .kind, .of])
    }
}

@Suite struct EmojiSubstitutionTests {
    func scored(_ text: String) -> String {
        SentimentAnalyzer().explanation(for: text).scoredText
    }

    @Test func spacesLikeTheReference() {
        // Strings printed by the reference's substitution loop.
        #expect(scored("😁good") == "beaming face with smiling eyesgood")
        #expect(
            scored("a😁😁b") == "a beaming face with smiling eyes beaming face with smiling eyesb")
        #expect(scored("a 😁 b") == "a beaming face with smiling eyes b")
        #expect(scored("x\t😁") == "x\t beaming face with smiling eyes")
    }

    @Test func onlyOneCodePointEmojiMatch() {
        #expect(scored("❤️ it") == "red heart\u{FE0F} it")
        #expect(scored("Brand®") == "Brand registered")
    }

    @Test func leavesTextWithoutEmojiAlone() {
        #expect(scored("café ✓ ok") == "café ✓ ok")
    }
}

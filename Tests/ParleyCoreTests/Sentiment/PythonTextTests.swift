import Testing

@testable import ParleyCore

@Suite struct PythonTextTests {
    /// Every code point Python 3.11's `str.split()` splits on (enumerated with the reference
    /// interpreter), and some that look like spaces but are not.
    static let whitespace: [UInt32] = [
        0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
        0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
        0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ]
    static let notWhitespace: [UInt32] = [0x00, 0x08, 0x0E, 0x1B, 0x200B, 0x180E, 0xFEFF, 0x2060]

    @Test(arguments: whitespace)
    func splitsOnPythonWhitespace(_ value: UInt32) throws {
        let space = String(try #require(Unicode.Scalar(value)))
        #expect(SentimentTestSupport.words("good\(space)great") == ["good", "great"])
    }

    @Test(arguments: notWhitespace)
    func keepsOtherCharactersInsideTokens(_ value: UInt32) throws {
        let character = String(try #require(Unicode.Scalar(value)))
        #expect(SentimentTestSupport.words("good\(character)great").count == 1)
    }

    @Test func punctuationIsExactlyPythonsStringPunctuation() {
        let expected = Set(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##.utf8)
        let actual = Set((0...255).map(UInt8.init).filter(PythonText.isPunctuation))
        #expect(actual == expected)
    }

    @Test func isUpperFollowsPython() {
        // Values printed by Python 3.11's str.isupper().
        let cases: [(String, Bool)] = [
            ("ÉCOLE", true), ("É1", true), ("1", false), ("ǅ", false), ("Ⅻ", true),
            ("ᾈ", false), ("ß", false), ("ＧＯＯＤ", true), ("A!", true), ("!!", false),
        ]
        for (text, expected) in cases {
            #expect(PythonText.isUpper(Substring(text).unicodeScalars) == expected, "\(text)")
        }
    }

    @Test func lowercasedFollowsPythonIncludingFinalSigma() {
        // Values printed by Python 3.11's str.lower().
        #expect(PythonText.lowercased("ΟΔΟΣ") == "οδος")
        #expect(PythonText.lowercased("Σ") == "σ")
        #expect(PythonText.lowercased("ΣΑΣ.") == "σας.")
        #expect(PythonText.lowercased("İ") == "i\u{307}")
        #expect(PythonText.lowercased("\u{212A}ind") == "kind")
        #expect(PythonText.lowercased("ǅungla") == "ǆungla")
    }

    @Test func codePointsAreCountedNotBytes() {
        var text = "é😁a"
        #expect(text.withUTF8(PythonText.codePointCount) == 3)
    }
}

@Suite struct PythonRoundTests {
    /// (value, decimals, Python 3.11's round(value, decimals)).
    static let cases: [(Double, Int, Double)] = [
        (2.675, 2, 2.67), (0.0005, 3, 0.001), (0.0015, 3, 0.002), (0.0025, 3, 0.003),
        (-0.00005, 4, -0.0001), (0.12345, 4, 0.1235), (0.5, 0, 0), (1.5, 0, 2), (2.5, 0, 2),
        (0.1235, 3, 0.123), (0.3445, 3, 0.344), (-0.7845, 3, -0.784), (1e-20, 4, 0),
        (0.99995, 4, 1), (0.2915, 3, 0.291),
    ]

    @Test func matchesPythonOnTiesAndBinaryNeighbours() {
        for (value, decimals, expected) in Self.cases {
            #expect(PythonRound.round(value, decimals: decimals) == expected, "\(value)")
        }
    }

    @Test func keepsTheSignOfZero() {
        let rounded = PythonRound.round(-1e-20, decimals: 4)
        #expect(rounded == 0 && rounded.sign == .minus)
        #expect(PythonRound.round(0, decimals: 3) == 0)
    }
}

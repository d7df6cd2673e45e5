/// How many terminal columns text occupies, without a dependency on `wcwidth` tables.
///
/// A caller can rely on: ASCII and most scripts count 1 per grapheme; East Asian wide and
/// fullwidth characters and emoji count 2; combining marks, zero-width joiners and other
/// zero-width scalars count 0 when they stand alone (inside a grapheme they add nothing).
/// Control characters count 1 here, but renderers escape them before measuring.
public enum DisplayWidth {
    /// The width of a whole string: the sum of its graphemes' widths.
    public static func of(_ text: String) -> Int {
        // Fast path: printable ASCII is one column per byte.
        var asciiOnly = true
        for byte in text.utf8 where byte >= 0x80 {
            asciiOnly = false
            break
        }
        if asciiOnly { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The width of one grapheme: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return width(of: first) }
        if isEmojiSequence(scalars) { return 2 }
        return width(of: first)
    }

    /// The width of a scalar on its own.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
        return 1
    }

    /// An emoji made of several scalars (ZWJ sequences, flags, keycaps, `U+FE0F`
    /// variation) is drawn as one wide glyph by modern terminals.
    private static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
        var sawEmoji = false
        for scalar in scalars {
            if scalar.value == variationSelector16 { return sawEmoji }
            if scalar.properties.isEmojiPresentation { return true }
            if scalar.properties.isEmoji { sawEmoji = true }
        }
        return false
    }

    private static let variationSelector16: UInt32 = 0xFE0F
    private static let zeroWidthSpace: UInt32 = 0x200B
    private static let wordJoiner: UInt32 = 0x2060

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: break
        }
        let value = scalar.value
        if (zeroWidthSpace...0x200F).contains(value) || value == wordJoiner { return true }
        if (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value) {
            return true  // variation selectors
        }
        return (0x1160...0x11FF).contains(value)  // Hangul medial vowels and final consonants
    }

    /// Whether a scalar is East Asian Wide (W) or Fullwidth (F) in UAX #11, condensed to
    /// the blocks that matter in practice; sorted so that a binary search finds a range.
    static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
        0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD,
        0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50,
        0x2B55...0x2B55,
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compat
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical forms, CJK compatibility forms
        0xFF00...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, Kana supplement
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x1F300...0x1F64F,  // pictographs, emoticons
        0x1F680...0x1F6FF,  // transport and map symbols
        0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and later
    ]
}

/// The parts of Python 3's `str` that VADER's results depend on, on UTF-8 bytes.
///
/// The reference tokenises with `str.split()` (Unicode whitespace), strips
/// `string.punctuation` (ASCII only), measures tokens with `len` (code points), and
/// compares after `str.lower()`. Matching those exactly is what makes the scores equal.
enum PythonText {
    /// `string.punctuation`: ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// ASCII `str.isspace()`: tab, LF, VT, FF, CR, the four separators 0x1C–0x1F, space.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte)
    }

    /// The byte length of a non-ASCII whitespace character starting at `offset`, or 0.
    ///
    /// Python 3.11's `str.split()` also splits on U+0085, U+00A0, U+1680, U+2000–U+200A,
    /// U+2028, U+2029, U+202F, U+205F and U+3000 (checked against the reference's
    /// interpreter by enumerating every code point).
    static func nonASCIIWhitespaceLength(
        _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int
    ) -> Int {
        let lead = bytes[offset]
        let remaining = bytes.count - offset
        if lead == 0xC2, remaining >= 2 {
            let next = bytes[offset + 1]
            return next == 0x85 || next == 0xA0 ? 2 : 0
        }
        guard lead >= 0xE1, lead <= 0xE3, remaining >= 3 else { return 0 }
        let second = bytes[offset + 1]
        let third = bytes[offset + 2]
        switch (lead, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
        case (0xE2, 0x80):
            return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        default: return 0
        }
    }

    @inline(__always)
    static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// `len(s)` of UTF-8 bytes: the number of code points.
    static func codePointCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// `str.isupper()` for text that may hold non-ASCII characters: true when there is at
    /// least one cased character and no lowercase or titlecase one.
    static func isUpper(_ text: Substring.UnicodeScalarView) -> Bool {
        var cased = false
        for scalar in text {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter {
                return false
            }
            if properties.isUppercase { cased = true }
        }
        return cased
    }

    /// `str.lower()`: full lowercase mappings, with Greek capital sigma becoming final sigma
    /// at the end of a word (Python's `handle_capital_sigma`, Unicode's Final_Sigma).
    static func lowercased(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar.value == capitalSigma {
                let final = isFinalSigma(scalars, at: index)
                result.append(Unicode.Scalar(final ? finalSigma : smallSigma) ?? scalar)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    private static let capitalSigma: UInt32 = 0x3A3
    private static let smallSigma: UInt32 = 0x3C3
    private static let finalSigma: UInt32 = 0x3C2

    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }
}

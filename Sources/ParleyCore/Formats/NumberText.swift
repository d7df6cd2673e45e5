/// Small helpers for numbers written as text in the data.
enum NumberText {
    /// The value of a decimal number's text; exponents go through the standard library.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let value = TimestampParser.parseDecimal(bytes) { return value }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}

/// How ids written as numbers become id text.
enum IDText {
    /// `3.0` (or `3.00`) → `3`: pandas writes integer ids of a column with gaps as floats
    /// (TWCS's `in_response_to_tweet_id`), and they must match the integer ids they name.
    /// Other text is returned unchanged.
    static func trimmingZeroFraction(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Range<Int> {
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > 0 else { return range }
        let whole = bytes[..<dot]
        let fraction = bytes[(dot + 1)...]
        let isInteger = whole.enumerated().allSatisfy { offset, byte in
            (byte >= 0x30 && byte <= 0x39) || (offset == 0 && byte == UInt8(ascii: "-"))
        }
        guard isInteger, !fraction.isEmpty, fraction.allSatisfy({ $0 == 0x30 }) else {
            return range
        }
        return range.lowerBound..<(range.lowerBound + dot)
    }
}

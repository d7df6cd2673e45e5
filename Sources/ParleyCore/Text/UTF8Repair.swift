/// Checks and repairs UTF-8 byte runs on their way into the corpus.
///
/// Corpus text must be valid UTF-8 (``StringTable`` stores it as is), but files from the
/// wild are not always: a bad byte becomes U+FFFD and the caller is told, so the load can
/// report a warning instead of dropping the record.
enum UTF8Repair {
    /// The UTF-8 encoding of U+FFFD REPLACEMENT CHARACTER.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Appends `bytes` to `output`, replacing invalid sequences with U+FFFD. Returns true
    /// when something was replaced.
    @inline(__always)
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]
    ) -> Bool {
        if isValid(bytes) {
            output.append(contentsOf: bytes)
            return false
        }
        // Rare: let the standard library substitute maximal invalid subparts, as Unicode
        // recommends (§3.9, "U+FFFD Substitution of Maximal Subparts").
        output.append(contentsOf: String(decoding: bytes, as: UTF8.self).utf8)
        return true
    }

    /// Whether `bytes` are well-formed UTF-8 (no overlongs, surrogates or values past
    /// U+10FFFF). ASCII is checked 32 bytes at a time (four words with one test: eight
    /// bytes a test made this a seventh of parsing a CSV block), then eight.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index < count {
            if index + 32 <= count {
                let raw = UnsafeRawPointer(base + index)
                let any =
                    raw.loadUnaligned(as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if any & highBits == 0 {
                    index += 32
                    continue
                }
            }
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & highBits == 0 {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(base, index, count) else { return false }
            index += length
        }
        return true
    }

    /// The length of the valid multi-byte sequence starting at `index`, or nil.
    @inline(__always)
    private static func sequenceLength(
        _ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int
    ) -> Int? {
        let lead = base[index]
        func continuation(_ offset: Int) -> Bool {
            index + offset < count && base[index + offset] & 0xC0 == 0x80
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : nil
        case 0xE0...0xEF:
            guard continuation(1), continuation(2) else { return nil }
            let second = base[index + 1]
            if lead == 0xE0 && second < 0xA0 { return nil }  // overlong
            if lead == 0xED && second > 0x9F { return nil }  // surrogate
            return 3
        case 0xF0...0xF4:
            guard continuation(1), continuation(2), continuation(3) else { return nil }
            let second = base[index + 1]
            if lead == 0xF0 && second < 0x90 { return nil }  // overlong
            if lead == 0xF4 && second > 0x8F { return nil }  // past U+10FFFF
            return 4
        default:
            return nil
        }
    }

    /// Appends the UTF-8 encoding of a Unicode scalar value (caller checked it is one).
    @inline(__always)
    static func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}

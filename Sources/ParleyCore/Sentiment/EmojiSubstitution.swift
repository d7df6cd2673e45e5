/// The first step of the reference's `polarity_scores`: every emoji of the emoji lexicon is
/// replaced by its description ("😁" → "beaming face with smiling eyes").
///
/// Faithful to 3.3.2, including its spacing: a space is put before a description unless the
/// previous character was an ASCII space or the description is the text's start, and never
/// after it, so "😁good" becomes "beaming face with smiling eyesgood". Only emoji of one
/// code point match: "❤️" is "❤" and U+FE0F, which stays glued to "red heart".
enum EmojiSubstitution {
    /// Writes the substituted text into `output` and returns true, or returns false (leaving
    /// `output` alone) when `bytes` holds no emoji of the lexicon.
    static func substitute(
        _ bytes: UnsafeBufferPointer<UInt8>, descriptions: [UInt32: [UInt8]],
        into output: inout [UInt8]
    ) -> Bool {
        guard let first = firstEmojiOffset(bytes, descriptions: descriptions) else {
            return false
        }
        output.removeAll(keepingCapacity: true)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
        var previousWasSpace = first == 0 || bytes[first - 1] == UInt8(ascii: " ")
        var offset = first
        var runStart = first
        while offset < bytes.count {
            let (scalar, length) = decode(bytes, at: offset)
            if let description = candidate(scalar) ? descriptions[scalar] : nil {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                if !previousWasSpace { output.append(UInt8(ascii: " ")) }
                output.append(contentsOf: description)
                previousWasSpace = false
                runStart = offset + length
            } else {
                previousWasSpace = scalar == 0x20
            }
            offset += length
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        return true
    }

    private static func firstEmojiOffset(
        _ bytes: UnsafeBufferPointer<UInt8>, descriptions: [UInt32: [UInt8]]
    ) -> Int? {
        var offset = 0
        // Most texts are ASCII: test eight bytes at a time for a high bit.
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while offset + 8 <= bytes.count,
                base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    & 0x8080_8080_8080_8080 == 0
            {
                offset += 8
            }
        }
        while offset < bytes.count {
            if bytes[offset] < 0x80 {
                offset += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: offset)
            if candidate(scalar), descriptions[scalar] != nil { return offset }
            offset += length
        }
        return nil
    }

    /// Whether a code point may be a one-code-point emoji key: the lexicon's only keys below
    /// U+203C are © and ®. Skips the dictionary probe for most accented letters.
    @inline(__always)
    private static func candidate(_ scalar: UInt32) -> Bool {
        scalar >= 0x203C || scalar == 0xA9 || scalar == 0xAE
    }

    /// The code point at `offset` and its length in bytes. The bytes are valid UTF-8 (they
    /// come from a Swift `String` or a repaired corpus); a stray byte decodes as itself.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard lead >= 0xC0, offset + length <= bytes.count else { return (lead, 1) }
        var scalar = lead & (0x7F >> UInt32(length))
        for index in 1..<length {
            scalar = scalar << 6 | (UInt32(bytes[offset + index]) & 0x3F)
        }
        return (scalar, length)
    }
}

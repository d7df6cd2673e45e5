/// Flags of a byte for the tokenizer's scan, from one table lookup.
enum ByteClass {
    static let whitespace: UInt16 = 1 << 0
    /// A lead byte of a non-ASCII whitespace character (0xC2, 0xE1, 0xE2, 0xE3).
    static let mayStartWhitespace: UInt16 = 1 << 1
    static let exclamation: UInt16 = 1 << 2
    static let question: UInt16 = 1 << 3
    static let nonASCII: UInt16 = 1 << 4
    static let upper: UInt16 = 1 << 5
    static let lower: UInt16 = 1 << 6
    static let apostrophe: UInt16 = 1 << 7
    /// `string.punctuation`.
    static let punctuation: UInt16 = 1 << 8
    /// The classes that make the scan stop and look closer.
    static let stop = whitespace | mayStartWhitespace | exclamation | question

    /// (Written once in its initializer, then only read: safe to share.)
    /// Allocated once and never freed: 512 bytes for the process's life.
    nonisolated(unsafe) static let table: UnsafePointer<UInt16> = {
        let flags = UnsafeMutablePointer<UInt16>.allocate(capacity: 256)
        for value in 0...255 { flags[value] = flagsOf(UInt8(value)) }
        return UnsafePointer(flags)
    }()

    private static func flagsOf(_ byte: UInt8) -> UInt16 {
        var flags: UInt16 = 0
        if PythonText.isASCIIWhitespace(byte) { flags |= whitespace }
        if [0xC2, 0xE1, 0xE2, 0xE3].contains(byte) { flags |= mayStartWhitespace }
        if byte == UInt8(ascii: "!") { flags |= exclamation }
        if byte == UInt8(ascii: "?") { flags |= question }
        if byte >= 0x80 { flags |= nonASCII }
        if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { flags |= upper }
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) { flags |= lower }
        if byte == UInt8(ascii: "'") { flags |= apostrophe }
        if PythonText.isPunctuation(byte) { flags |= punctuation }
        return flags
    }
}

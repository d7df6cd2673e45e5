/// XML's character references: the five predefined entities and numeric references
/// (`&#233;`, `&#xE9;`). Nothing a DOCTYPE declares is ever expanded, so no file can make
/// the text grow ("billion laughs"); an unknown `&name;` is kept as written.
enum XMLEntities {
    /// The longest reference body looked at: `#x10FFFF` and `quot` fit.
    private static let longestBody = 10

    /// `bytes` as text, references replaced. Invalid UTF-8 and references to characters
    /// XML forbids (`&#0;`, surrogates) become U+FFFD.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(XMLByte.ampersand) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == XMLByte.ampersand, let (scalar, end) = reference(in: bytes, at: position) {
                output.append(contentsOf: String(Character(scalar)).utf8)
                position = end
            } else {
                output.append(byte)
                position += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The character of the reference at `start` (an `&`) and the index past its `;`.
    private static func reference(
        in bytes: UnsafeBufferPointer<UInt8>, at start: Int
    ) -> (Unicode.Scalar, Int)? {
        let limit = min(bytes.count, start + 2 + longestBody)
        guard let semicolon = (start + 1..<limit).first(where: { bytes[$0] == XMLByte.semicolon })
        else { return nil }
        let body = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        guard let scalar = scalar(for: body) else { return nil }
        return (scalar, semicolon + 1)
    }

    static func scalar(for body: String) -> Unicode.Scalar? {
        switch body {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value else { return nil }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }
}

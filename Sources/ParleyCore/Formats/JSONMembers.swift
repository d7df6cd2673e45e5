/// Reads the members of one JSON object, one level deep, on top of ``JSONScanner``: the
/// small whole-file JSON documents of ConvoKit (`speakers.json`, `conversations.json`,
/// `corpus.json`) and nested `meta` objects.
enum JSONMembers {
    /// The members of the object in `text`, values as metadata (nested objects and arrays
    /// as compact JSON text); nil when `text` is not one well-formed object.
    static func members(ofObject text: String) -> [(String, MetadataValue)]? {
        var copy = text
        return copy.withUTF8 { members(ofObject: $0) }
    }

    static func members(ofObject bytes: UnsafeBufferPointer<UInt8>)
        -> [(String, MetadataValue)]?
    {
        var scanner = JSONScanner(bytes)
        var result: [(String, MetadataValue)] = []
        do throws(JSONSyntaxError) {
            try forEachMember(&scanner) { (key, scanner) throws(JSONSyntaxError) in
                result.append((key, try value(&scanner)))
            }
            scanner.skipWhitespace()
            guard scanner.atEnd else { return nil }
        } catch {
            return nil
        }
        return result
    }

    /// Calls `body` with each key of the object at the cursor, the cursor on its value;
    /// `body` must consume the value.
    static func forEachMember(
        _ scanner: inout JSONScanner,
        _ body: (String, inout JSONScanner) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        scanner.skipWhitespace()
        guard try scanner.openObject() else { return }
        var keyBytes: [UInt8] = []
        repeat {
            keyBytes.removeAll(keepingCapacity: true)
            try scanner.decodeString(into: &keyBytes)
            try scanner.skipColon()
            try body(String(decoding: keyBytes, as: UTF8.self), &scanner)
        } while try scanner.nextMember()
    }

    /// The value at the cursor as metadata, with the kind it has in JSON.
    static func value(_ scanner: inout JSONScanner) throws(JSONSyntaxError) -> MetadataValue {
        var bytes: [UInt8] = []
        switch scanner.current {
        case 0x22:
            try scanner.decodeString(into: &bytes)
            return .string(String(decoding: bytes, as: UTF8.self))
        case UInt8(ascii: "-"), 0x30...0x39:
            return .number(String(decoding: scanner.bytes(try scanner.number()), as: UTF8.self))
        case 0x7B, 0x5B:
            try scanner.copyCompactValue(into: &bytes)
            return MetadataValue(.json, String(decoding: bytes, as: UTF8.self))
        default:
            let start = scanner.position
            let kind = try scanner.literal()
            let text = String(decoding: scanner.bytes(start..<scanner.position), as: UTF8.self)
            return MetadataValue(kind, text)
        }
    }
}

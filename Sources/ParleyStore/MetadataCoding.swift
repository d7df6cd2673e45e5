import ParleyCore

/// Utterance metadata as one blob per utterance: for each entry, the key's length and
/// bytes, the value's kind, the value's length and bytes (lengths as LEB128 varints).
/// A row per entry would multiply the table's size for formats with many fields.
enum MetadataCoding {
    static func encode(_ entries: [(key: String, value: MetadataValue)]) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            appendString(entry.key, to: &bytes)
            bytes.append(entry.value.kind.rawValue)
            appendString(entry.value.text, to: &bytes)
        }
        return bytes
    }

    /// The entries of `bytes`; nil when they are not a valid encoding.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>)
        -> [(key: String, value: MetadataValue)]?
    {
        var entries: [(key: String, value: MetadataValue)] = []
        var offset = 0
        while offset < bytes.count {
            guard let key = readString(bytes, &offset), offset < bytes.count,
                let kind = MetadataValue.Kind(rawValue: bytes[offset])
            else { return nil }
            offset += 1
            guard let text = readString(bytes, &offset) else { return nil }
            entries.append((key, MetadataValue(kind, text)))
        }
        return entries
    }

    private static func appendString(_ text: String, to bytes: inout [UInt8]) {
        var length = text.utf8.count
        while length >= 0x80 {
            bytes.append(UInt8(length & 0x7F) | 0x80)
            length >>= 7
        }
        bytes.append(UInt8(length))
        bytes += text.utf8
    }

    private static func readString(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int)
        -> String?
    {
        var length = 0
        var shift = 0
        while true {
            guard offset < bytes.count, shift < 63 else { return nil }
            let byte = bytes[offset]
            offset += 1
            length |= Int(byte & 0x7F) << shift
            shift += 7
            if byte < 0x80 { break }
        }
        guard length <= bytes.count - offset else { return nil }
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]),
            as: UTF8.self)
        offset += length
        return text
    }
}

/// A start tag's name and attributes, parsed from the bytes between `<` and `>` (or `/>`).
struct XMLTag {
    var nameBytes: UnsafeBufferPointer<UInt8>
    var name: String
    var attributes: [(name: String, value: String)] = []

    /// Nil when the bytes are no start tag: no name, an attribute without `=` or without a
    /// quoted value.
    init?(parsing bytes: UnsafeBufferPointer<UInt8>) {
        var position = 0
        while position < bytes.count, !Self.endsName(bytes[position]) { position += 1 }
        guard position > 0, !XMLByte.isSpace(bytes[0]) else { return nil }
        nameBytes = UnsafeBufferPointer(rebasing: bytes[..<position])
        name = String(decoding: nameBytes, as: UTF8.self)
        while true {
            while position < bytes.count, XMLByte.isSpace(bytes[position]) { position += 1 }
            if position == bytes.count { return }
            guard let attribute = Self.attribute(in: bytes, at: &position) else { return nil }
            attributes.append(attribute)
        }
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        XMLByte.isSpace(byte) || byte == XMLByte.equals || byte == XMLByte.slash
            || byte == XMLByte.quote || byte == XMLByte.apostrophe
    }

    /// `name = "value"` at `position`, which ends past it.
    private static func attribute(
        in bytes: UnsafeBufferPointer<UInt8>, at position: inout Int
    ) -> (name: String, value: String)? {
        let nameStart = position
        while position < bytes.count, !endsName(bytes[position]) { position += 1 }
        guard position > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
        while position < bytes.count, XMLByte.isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count, bytes[position] == XMLByte.equals else { return nil }
        position += 1
        while position < bytes.count, XMLByte.isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count,
            bytes[position] == XMLByte.quote || bytes[position] == XMLByte.apostrophe
        else { return nil }
        let quote = bytes[position]
        let valueStart = position + 1
        position = valueStart
        while position < bytes.count, bytes[position] != quote { position += 1 }
        guard position < bytes.count else { return nil }
        let value = XMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[valueStart..<position]))
        position += 1
        return (name, value)
    }
}

/// What format detection needs to know of an XML file from its first bytes: the root
/// element's name and its start tag (where the namespaces are declared).
enum XMLSniffer {
    struct Root {
        var name: String
        /// The whole start tag as text, attributes included.
        var text: String
    }

    /// The first element of `head` after the XML declaration, comments, processing
    /// instructions and a DOCTYPE; nil when `head` does not start like XML.
    static func rootElement(_ head: [UInt8]) -> Root? {
        head.withUnsafeBufferPointer { bytes in
            var position = bytes.starts(with: BlockReader.byteOrderMark) ? 3 : 0
            while position < bytes.count {
                if XMLByte.isSpace(bytes[position]) {
                    position += 1
                    continue
                }
                guard bytes[position] == XMLByte.lessThan else { return nil }
                let markup = XMLMarkup(bytes, at: position)
                guard let end = markup.end(in: bytes, from: position) else { return nil }
                if case .startTag = markup {
                    let tag = UnsafeBufferPointer(rebasing: bytes[(position + 1)..<(end - 1)])
                    let name = tag.prefix { !XMLByte.isSpace($0) && $0 != XMLByte.slash }
                    return Root(
                        name: String(decoding: name, as: UTF8.self),
                        text: String(decoding: tag, as: UTF8.self))
                }
                guard case .endTag = markup else {
                    position = end
                    continue
                }
                return nil
            }
            return nil
        }
    }

    /// Whether `path`'s extension is `ext` (lower case, no dot).
    static func hasExtension(_ path: String, _ ext: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return name[name.index(after: dot)...].lowercased() == ext
    }

    /// `text` up to and including the last `marker`; nil when it has none.
    static func prefix(of text: String, throughLast marker: String) -> String? {
        let bytes = Array(text.utf8)
        let pattern = Array(marker.utf8)
        guard bytes.count >= pattern.count else { return nil }
        for start in stride(from: bytes.count - pattern.count, through: 0, by: -1)
        where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            return String(decoding: bytes[..<(start + pattern.count)], as: UTF8.self)
        }
        return nil
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes the XML scanner looks for.
enum XMLByte {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let equals = UInt8(ascii: "=")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let ampersand = UInt8(ascii: "&")
    static let semicolon = UInt8(ascii: ";")
    static let newline = UInt8(ascii: "\n")

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}

/// The kind of markup that starts at a `<`, and where it ends.
enum XMLMarkup: CustomStringConvertible {
    case comment
    case cdata
    /// `<!DOCTYPE …>` and other `<!` declarations: skipped, internal subset included.
    case declaration
    case instruction
    case endTag
    case startTag

    init(_ block: UnsafeBufferPointer<UInt8>, at start: Int) {
        let rest = UnsafeBufferPointer(rebasing: block[start...])
        if rest.starts(with: "<!--".utf8) {
            self = .comment
        } else if rest.starts(with: "<![CDATA[".utf8) {
            self = .cdata
        } else if rest.starts(with: "<!".utf8) {
            self = .declaration
        } else if rest.starts(with: "<?".utf8) {
            self = .instruction
        } else if rest.starts(with: "</".utf8) {
            self = .endTag
        } else {
            self = .startTag
        }
    }

    var description: String {
        switch self {
        case .comment: "a comment"
        case .cdata: "a CDATA section"
        case .declaration: "a <! declaration"
        case .instruction: "a processing instruction"
        case .endTag: "an end tag"
        case .startTag: "a start tag"
        }
    }

    /// The index just past the markup's end, or nil when the block does not hold it.
    func end(in block: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        switch self {
        case .comment: XMLScanner.find(Array("-->".utf8), in: block, from: start + 4)
        case .cdata: XMLScanner.find(Array("]]>".utf8), in: block, from: start + 9)
        case .instruction: XMLScanner.find(Array("?>".utf8), in: block, from: start + 2)
        case .declaration: Self.declarationEnd(in: block, from: start + 2)
        case .endTag: XMLScanner.find([XMLByte.greaterThan], in: block, from: start + 2)
        case .startTag: Self.tagEnd(in: block, from: start + 1)
        }
    }

    /// A start tag ends at the first `>` outside a quoted attribute value.
    private static func tagEnd(in block: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8?
        for index in start..<block.count {
            let byte = block[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == XMLByte.quote || byte == XMLByte.apostrophe {
                quote = byte
            } else if byte == XMLByte.greaterThan {
                return index + 1
            }
        }
        return nil
    }

    /// A DOCTYPE ends at the first `>` outside quotes and outside its `[…]` subset.
    private static func declarationEnd(
        in block: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        var quote: UInt8?
        var brackets = 0
        for index in start..<block.count {
            let byte = block[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == XMLByte.quote || byte == XMLByte.apostrophe {
                quote = byte
            } else if byte == XMLByte.openBracket {
                brackets += 1
            } else if byte == XMLByte.closeBracket {
                brackets = max(0, brackets - 1)
            } else if byte == XMLByte.greaterThan, brackets == 0 {
                return index + 1
            }
        }
        return nil
    }
}

extension XMLScanner {
    /// The index just past the first `pattern` at or after `start`; nil when there is none.
    static func find(
        _ pattern: [UInt8], in block: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        guard let base = block.baseAddress, let first = pattern.first else { return nil }
        var position = start
        while position < block.count {
            guard let found = memchr(base + position, Int32(first), block.count - position) else {
                return nil
            }
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard index + pattern.count <= block.count else { return nil }
            if UnsafeBufferPointer(rebasing: block[index..<(index + pattern.count)])
                .elementsEqual(pattern)
            {
                return index + pattern.count
            }
            position = index + 1
        }
        return nil
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = bytes.count
        while lower < upper, XMLByte.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, XMLByte.isSpace(bytes[upper - 1]) { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    /// At most 40 bytes of `bytes` as text, for an error message.
    static func preview(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes.prefix(40), as: UTF8.self)
        return bytes.count > 40 ? text + "…" : text
    }
}

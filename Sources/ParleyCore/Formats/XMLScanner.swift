#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming XML scanner for the export formats (Atom, WordPress WXR, Disqus): it reads a
/// file block by block (``BlockReader``) and hands over each element at `recordDepth` as a
/// small tree (``XMLElement``) when its end tag is read, so memory follows the largest
/// record, not the file.
///
/// Why not FoundationXML's `XMLParser(stream:)` (libxml2)? Measured on a generated 100 MB
/// WXR file (release build, page cache): it is fast (0.79 s, 127 MB/s, 23 MB peak) and safe
/// on "billion laughs" (libxml2 refuses the amplification). But it would bring Foundation,
/// ICU and libxml2 into ParleyCore, which is Foundation-free so that `parley-bench` measures
/// the loader alone; on Linux its errors are bare libxml2 codes that `XMLParser.ErrorCode`
/// names wrongly (76, a tag mismatch, reads as `standaloneValueError`); a truncated file
/// makes `parse()` return true; and a DOCTYPE's internal entities vanish from the text
/// without a word. With this scanner `load` reads and builds a 100 MB WXR file of plain
/// comments in 2.1 s (47 MB/s, 81 MB peak) where XMLParser alone only parses it in 1.5 s
/// (same busy machine), and it says what went wrong on which line.
///
/// What it reads: elements, attributes (single or double quotes), text, CDATA, the five
/// predefined entities and numeric character references; comments, processing
/// instructions and the DOCTYPE are skipped, and entities a DOCTYPE declares are never
/// expanded (an unknown `&name;` stays as written, so HTML entities reach ``HTMLText``).
/// Names keep their prefixes as written; no namespace is resolved. Input is taken as
/// UTF-8 (invalid bytes become U+FFFD). A well-formedness error (a mismatched end tag, a
/// second root, a file that ends inside an element) stops the scan: ``failure`` says where,
/// and the records before it stand.
struct XMLScanner {
    /// Why the document cannot be read past a point.
    struct Failure: Sendable, Equatable {
        var line: Int
        var reason: String
    }

    /// Elements nested deeper than this inside a record are checked but not kept: no
    /// stranger's file builds a tree deep enough to overflow the stack when it is freed.
    static let maxTreeDepth = 64
    /// Enough bytes to tell `<![CDATA[` from other markup at the end of a block.
    private static let longestMarkupPrefix = 9

    /// The depth of the record elements: 1 is the root element, 2 its children.
    let recordDepth: Int
    /// The line being read (1-based).
    private(set) var line = 1
    private(set) var failure: Failure?
    private var open: [(name: [UInt8], line: Int)] = []
    /// The record being built: its element and the open elements inside it.
    private var tree: [XMLElement] = []
    private var rootSeen = false

    init(recordDepth: Int) { self.recordDepth = recordDepth }

    /// Scans the complete tokens at the front of `block` and returns how many bytes it
    /// used (all of them at the end of the file, or after a failure). Calls `emit` with each
    /// record as its end tag is read.
    mutating func scan(
        _ block: UnsafeBufferPointer<UInt8>, atEnd: Bool,
        emit: (XMLElement) throws(LoadError) -> Void
    ) throws(LoadError) -> Int {
        var position = 0
        while failure == nil, position < block.count {
            guard let end = try token(at: position, in: block, atEnd: atEnd, emit: emit) else {
                break
            }
            countLines(block, position..<end)
            position = end
        }
        if atEnd { finish() }
        return failure != nil || atEnd ? block.count : position
    }

    // MARK: Tokens

    /// Reads the token at `start`; returns where it ends, or nil when the block does not
    /// hold all of it yet.
    private mutating func token(
        at start: Int, in block: UnsafeBufferPointer<UInt8>, atEnd: Bool,
        emit: (XMLElement) throws(LoadError) -> Void
    ) throws(LoadError) -> Int? {
        if block[start] != XMLByte.lessThan {
            // `find` returns the index past the `<`: the text ends before it.
            let next = Self.find([XMLByte.lessThan], in: block, from: start).map { $0 - 1 }
            guard let end = next ?? (atEnd ? block.count : nil) else { return nil }
            appendText(UnsafeBufferPointer(rebasing: block[start..<end]), decoding: true)
            return end
        }
        if !atEnd, block.count - start < Self.longestMarkupPrefix { return nil }
        let markup = XMLMarkup(block, at: start)
        guard let end = markup.end(in: block, from: start) else {
            if atEnd { fail(line, "the file ends inside \(markup.description)") }
            return nil
        }
        switch markup {
        case .comment, .instruction, .declaration: break
        case .cdata:
            let body = UnsafeBufferPointer(rebasing: block[(start + 9)..<(end - 3)])
            appendText(body, decoding: false)
        case .endTag:
            try endTag(UnsafeBufferPointer(rebasing: block[(start + 2)..<(end - 1)]), emit: emit)
        case .startTag:
            let startLine = line
            // The start tag's line is where it begins; lines inside the tag come after.
            try startTag(
                UnsafeBufferPointer(rebasing: block[(start + 1)..<(end - 1)]), line: startLine,
                emit: emit)
        }
        return end
    }

    private mutating func startTag(
        _ bytes: UnsafeBufferPointer<UInt8>, line startLine: Int,
        emit: (XMLElement) throws(LoadError) -> Void
    ) throws(LoadError) {
        let selfClosing = bytes.last == XMLByte.slash
        let body = UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - (selfClosing ? 1 : 0))])
        guard let tag = XMLTag(parsing: body) else {
            return fail(startLine, "malformed start tag <\(Self.preview(body))>")
        }
        if open.isEmpty, rootSeen {
            return fail(startLine, "a second root element <\(tag.name)> after the first ended")
        }
        rootSeen = true
        open.append((Array(tag.nameBytes), startLine))
        if keepsCurrentElement {
            var element = XMLElement(name: tag.name, attributes: tag.attributes, line: startLine)
            element.offsetInParent = tree.last?.text.utf8.count ?? 0
            tree.append(element)
        }
        if selfClosing { try closeElement(emit: emit) }
    }

    private mutating func endTag(
        _ bytes: UnsafeBufferPointer<UInt8>, emit: (XMLElement) throws(LoadError) -> Void
    ) throws(LoadError) {
        let name = Self.trimmed(bytes)
        guard let top = open.last else {
            return fail(line, "</\(Self.preview(name))> closes no open element")
        }
        guard name.elementsEqual(top.name) else {
            return fail(
                line,
                "</\(Self.preview(name))> does not close <\(String(decoding: top.name, as: UTF8.self))>"
                    + " (opened at line \(top.line))")
        }
        try closeElement(emit: emit)
    }

    /// Whether the innermost open element is part of the record being built.
    private var keepsCurrentElement: Bool {
        open.count >= recordDepth && open.count < recordDepth + Self.maxTreeDepth
    }

    private mutating func closeElement(
        emit: (XMLElement) throws(LoadError) -> Void
    ) throws(LoadError) {
        let kept = keepsCurrentElement && !tree.isEmpty
        open.removeLast()
        guard kept else { return }
        let element = tree.removeLast()
        if tree.isEmpty {
            try emit(element)
        } else {
            tree[tree.count - 1].children.append(element)
        }
    }

    private mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, decoding: Bool) {
        // Only text whose element is the innermost element kept in the record.
        guard !tree.isEmpty, open.count == recordDepth - 1 + tree.count else { return }
        let text = decoding ? XMLEntities.decode(bytes) : String(decoding: bytes, as: UTF8.self)
        tree[tree.count - 1].text += text
    }

    private mutating func finish() {
        guard failure == nil else { return }
        if !rootSeen { return fail(line, "no XML element found") }
        guard let innermost = open.last else { return }
        let record = open.count >= recordDepth ? open[recordDepth - 1] : innermost
        let name = String(decoding: record.name, as: UTF8.self)
        fail(
            record.line,
            "the file ends inside <\(name)> (truncated?): "
                + (open.count >= recordDepth ? "this record is lost" : "the rest is lost"))
    }

    private mutating func fail(_ line: Int, _ reason: String) {
        if failure == nil { failure = Failure(line: line, reason: "malformed XML: " + reason) }
    }

    private mutating func countLines(_ block: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard let base = block.baseAddress else { return }
        var cursor = base + range.lowerBound
        let end = base + range.upperBound
        while cursor < end, let found = memchr(cursor, Int32(XMLByte.newline), end - cursor) {
            line += 1
            cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
        }
    }
}

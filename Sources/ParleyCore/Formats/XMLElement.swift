/// One element of a small XML tree: a record of an XML format (an Atom `entry`, a WXR
/// `item`, a Disqus `post`) as ``XMLScanner`` hands it over, one record at a time, so
/// memory follows the largest record, not the file.
///
/// Names are kept as written, prefix included (`thr:in-reply-to`): the exports Parley reads
/// use fixed prefixes, so matching by prefix is simpler than resolving namespaces and
/// keeps unknown prefixes visible.
struct XMLElement: Sendable {
    var name: String
    var attributes: [(name: String, value: String)] = []
    /// The element's own character data (text and CDATA), entities decoded, white space
    /// kept; the text of child elements is in the children.
    var text = ""
    var children: [XMLElement] = []
    /// The line of the element's start tag.
    var line: Int
    /// Where in its parent's ``text`` (in UTF-8 bytes) the element starts, so mixed
    /// content (XHTML) can be put back in order.
    var offsetInParent = 0

    init(name: String, attributes: [(name: String, value: String)] = [], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The first child named `name`.
    func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The trimmed text of the first child named `name`; nil when there is no such child
    /// or its text is only white space.
    func childText(_ name: String) -> String? {
        guard let text = child(name)?.trimmedText, !text.isEmpty else { return nil }
        return text
    }

    /// The text without leading and trailing white space.
    var trimmedText: String { Self.trimmed(text) }

    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}

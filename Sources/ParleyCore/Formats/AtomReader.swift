/// Reads an Atom feed or a Blogger export (Atom with Blogger's kinds and the threading
/// extension, RFC 4685).
///
/// Each `entry` is one utterance with its `id`. A post (an entry whose kind category is
/// `…/kind#post` or `#page`, or any entry without `thr:in-reply-to`) is a conversation root.
/// A comment names the post in `thr:in-reply-to ref`; a comment replying to a comment
/// names its parent in `link rel="related"` (Blogger), which wins. Speakers are
/// `author/name`; the feed's own `author` and every post's author are organization.
/// `published` (else `updated`) is the time; `content` (else `summary`) the text, HTML
/// (`type="html"`) turned into plain text; the title is kept as `title` metadata.
/// Blogger's settings and template entries are not utterances and are passed over.
struct AtomReader: CorpusReader {
    var format: CorpusFormat { .atom }

    var info: FormatInfo {
        FormatInfo(
            format: .atom,
            reads: "Blogger export or Atom feed: posts as roots, thr:in-reply-to (or Blogger's "
                + "related link) → parent, blog author → organization",
            writes: false,
            detection: "a <feed> root element with the Atom namespace",
            example: "load blog-export.xml")
    }

    static let kindScheme = "http://schemas.google.com/g/2005#kind"

    /// What a Blogger kind category makes of an entry.
    enum EntryKind {
        case post
        case comment
        /// Settings, template and other entries that are not utterances.
        case other
    }

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        guard !candidate.isDirectory else { return nil }
        if let root = XMLSniffer.rootElement(candidate.head), root.name == "feed" {
            return root.text.contains("http://www.w3.org/2005/Atom") ? .signature : .content
        }
        return XMLSniffer.hasExtension(candidate.path, "atom") ? .fileExtension : nil
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        var blogAuthors: Set<String> = []
        return try XMLLoad.read(
            source, format: .atom, options: options, blockSize: blockSize, recordDepth: 2,
            into: &builder
        ) { (element, load, builder) throws(LoadError) in
            switch element.name {
            case "author":
                if let name = element.childText("name") { blogAuthors.insert(name) }
            case "entry":
                try add(element, blogAuthors: blogAuthors, load: &load, builder: &builder)
            default:
                break
            }
        }
    }

    private func add(
        _ entry: XMLElement, blogAuthors: Set<String>, load: inout XMLLoad,
        builder: inout CorpusBuilder
    ) throws(LoadError) {
        let kind = Self.kind(of: entry)
        if kind == .other { return }
        guard let id = entry.childText("id") else {
            return try load.skip(line: entry.line, "entry without an <id>")
        }
        let replyTo = kind == .comment ? Self.parent(of: entry, id: id) : nil
        let isPost = replyTo == nil
        // An Atom entry without an author has the feed's (RFC 4287, 4.2.1).
        let speaker =
            entry.child("author")?.childText("name") ?? (isPost ? blogAuthors.min() : nil)
        let time = load.timestamp(
            entry.childText("published") ?? entry.childText("updated"), line: entry.line)
        var metadata: [(key: String, value: MetadataValue)] = [
            ("kind", .string(isPost ? "post" : "comment"))
        ]
        if let title = entry.childText("title") { metadata.append(("title", .string(title))) }
        if let link = Self.link(of: entry, rel: "alternate") {
            metadata.append(("link", .string(link)))
        }
        let organization = isPost || speaker.map(blogAuthors.contains) == true
        let record = UtteranceRecord(
            id: id, replyTo: replyTo, speaker: speaker, timestamp: time, text: Self.text(of: entry),
            role: organization ? .organization : nil, metadata: metadata)
        try load.add(record, line: entry.line, to: &builder)
    }

    static func kind(of entry: XMLElement) -> EntryKind {
        let category = entry.children("category").first { $0.attribute("scheme") == kindScheme }
        guard let term = category?.attribute("term") else {
            return entry.child("thr:in-reply-to") == nil ? .post : .comment
        }
        if term.hasSuffix("#post") || term.hasSuffix("#page") { return .post }
        if term.hasSuffix("#comment") { return .comment }
        return .other
    }

    /// The parent comment from Blogger's related link, else the post from
    /// `thr:in-reply-to`. Blogger's link ends in the parent's number
    /// (`…/comments/default/5678`) while ids read `tag:blogger.com,1999:blog-1.post-5678`:
    /// the parent's id is the comment's own id with that number.
    static func parent(of entry: XMLElement, id: String) -> String? {
        let post = entry.child("thr:in-reply-to")?.attribute("ref")
        guard let related = link(of: entry, rel: "related") else { return post }
        let number = related.split(separator: "/").last.map(String.init) ?? related
        let marker = ".post-"
        if let prefix = XMLSniffer.prefix(of: id, throughLast: marker),
            !number.isEmpty, number.allSatisfy(\.isNumber)
        {
            return prefix + number
        }
        return related
    }

    static func link(of entry: XMLElement, rel: String) -> String? {
        entry.children("link").first { ($0.attribute("rel") ?? "alternate") == rel }?
            .attribute("href")
    }

    static func text(of entry: XMLElement) -> String {
        guard let body = entry.child("content") ?? entry.child("summary") else { return "" }
        switch body.attribute("type") ?? "text" {
        case "html", "text/html": return body.bodyText(isHTML: true)
        case "xhtml": return XMLElement.trimmed(body.allText)
        default: return body.trimmedText
        }
    }
}

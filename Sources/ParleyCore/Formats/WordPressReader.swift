/// Reads a WordPress export (WXR: `rss/channel/item`, the `wp:` elements of WordPress's
/// exporter).
///
/// Each `item` with comments, or of type `post` or `page`, is a post: a conversation root
/// with id `post-N` (`wp:post_id`), speaker `dc:creator`, organization, text from
/// `content:encoded` (HTML to plain text), time `wp:post_date_gmt`, title and status kept.
/// Each `wp:comment` is an utterance `comment-N` (`wp:comment_id`) replying to
/// `comment-P` (`wp:comment_parent`), or to the post when the parent is 0; speaker
/// `wp:comment_author` (a blog author's display name becomes their login, so their
/// comments are organization too), time `wp:comment_date_gmt`, text `wp:comment_content`.
/// Comments not approved (`wp:comment_approved` 0, `spam`, `trash`) are left out and
/// counted unless ``LoadOptions/includeUnapproved``. Pingbacks and trackbacks are loaded
/// like comments (other comments may reply to them) with `comment_type` metadata, so
/// `where` can drop them.
struct WordPressReader: CorpusReader {
    var format: CorpusFormat { .wordpress }

    var info: FormatInfo {
        FormatInfo(
            format: .wordpress,
            reads: "WordPress WXR export: posts as roots, wp:comment_parent → parent, post "
                + "author → organization, unapproved/spam/trash left out",
            writes: false,
            detection: "an <rss> root element with the wp: (wordpress.org/export) namespace",
            example: "load blog.wordpress.xml --include-unapproved")
    }

    /// Item types that are posts even without comments; attachments and menu items are not.
    static let postTypes: Set<String> = ["post", "page"]

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        guard !candidate.isDirectory else { return nil }
        if let root = XMLSniffer.rootElement(candidate.head), root.name == "rss" {
            return root.text.contains("wordpress.org/export") ? .signature : .content
        }
        return XMLSniffer.hasExtension(candidate.path, "wxr") ? .fileExtension : nil
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        var loginByDisplayName: [String: String] = [:]
        return try XMLLoad.read(
            source, format: .wordpress, options: options, blockSize: blockSize, recordDepth: 3,
            into: &builder
        ) { (element, load, builder) throws(LoadError) in
            switch element.name {
            case "wp:author":
                if let login = element.childText("wp:author_login"),
                    let name = element.childText("wp:author_display_name")
                {
                    loginByDisplayName[name] = login
                }
            case "item":
                var item = WordPressItem(element, loginByDisplayName: loginByDisplayName)
                try item.add(load: &load, builder: &builder)
            default:
                break
            }
        }
    }
}

/// One WXR `item`: the post and its comments.
private struct WordPressItem {
    let element: XMLElement
    let loginByDisplayName: [String: String]

    init(_ element: XMLElement, loginByDisplayName: [String: String]) {
        self.element = element
        self.loginByDisplayName = loginByDisplayName
    }

    mutating func add(load: inout XMLLoad, builder: inout CorpusBuilder) throws(LoadError) {
        let comments = element.children("wp:comment")
        let type = element.childText("wp:post_type") ?? "post"
        guard comments.isEmpty == false || WordPressReader.postTypes.contains(type) else {
            return
        }
        guard let number = element.childText("wp:post_id") else {
            return try load.skip(line: element.line, "item without a <wp:post_id>")
        }
        let postID = "post-" + number
        try addPost(id: postID, type: type, load: &load, builder: &builder)
        for comment in comments {
            try addComment(comment, postID: postID, load: &load, builder: &builder)
        }
    }

    private func addPost(
        id: String, type: String, load: inout XMLLoad, builder: inout CorpusBuilder
    ) throws(LoadError) {
        var metadata: [(key: String, value: MetadataValue)] = [("kind", .string(type))]
        for (key, name) in [("title", "title"), ("link", "link"), ("status", "wp:status")] {
            if let value = element.childText(name) { metadata.append((key, .string(value))) }
        }
        let record = UtteranceRecord(
            id: id, speaker: element.childText("dc:creator"),
            timestamp: load.timestamp(
                Self.date(element.childText("wp:post_date_gmt")), line: element.line),
            text: element.child("content:encoded")?.bodyText(isHTML: true) ?? "",
            role: .organization, metadata: metadata)
        try load.add(record, line: element.line, to: &builder)
    }

    private func addComment(
        _ comment: XMLElement, postID: String, load: inout XMLLoad, builder: inout CorpusBuilder
    ) throws(LoadError) {
        guard let number = comment.childText("wp:comment_id") else {
            return try load.skip(line: comment.line, "comment without a <wp:comment_id>")
        }
        let approval = comment.childText("wp:comment_approved") ?? "1"
        if let reason = Self.exclusion(approval), !load.options.includeUnapproved {
            return try load.exclude(reason)
        }
        let parent = comment.childText("wp:comment_parent") ?? "0"
        let author = comment.childText("wp:comment_author")
        var metadata: [(key: String, value: MetadataValue)] = [("kind", .string("comment"))]
        metadata.append(("approved", .string(approval)))
        if let type = comment.childText("wp:comment_type") {
            metadata.append(("comment_type", .string(type)))
        }
        let record = UtteranceRecord(
            id: "comment-" + number, replyTo: parent == "0" ? postID : "comment-" + parent,
            speaker: author.map { loginByDisplayName[$0] ?? $0 },
            timestamp: load.timestamp(
                Self.date(comment.childText("wp:comment_date_gmt")), line: comment.line),
            text: comment.child("wp:comment_content")?.bodyText(isHTML: true) ?? "",
            metadata: metadata)
        try load.add(record, line: comment.line, to: &builder)
    }

    /// Why a comment with this `wp:comment_approved` value is not shown; nil if it is.
    static func exclusion(_ approval: String) -> ExclusionReason? {
        switch approval {
        case "1", "approve", "approved": nil
        case "spam": .spam
        case "trash", "post-trashed": .trash
        default: .unapproved
        }
    }

    /// WordPress writes `0000-00-00 00:00:00` for a draft's GMT date: no date at all.
    static func date(_ text: String?) -> String? {
        guard let text, !text.hasPrefix("0000-00-00") else { return nil }
        return text
    }
}

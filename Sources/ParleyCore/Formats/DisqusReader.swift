/// Reads a Disqus XML export (`disqus` root with `category`, `thread` and `post` elements,
/// ids in `dsq:id` attributes).
///
/// Disqus threads are pages, not comments, so each `thread` becomes a synthetic root
/// utterance `thread-N` whose text is the thread's title (metadata `synthetic` true, `link`
/// and `title` kept); its `author` is the site's side: organization. Each `post` is an
/// utterance with its `dsq:id`, replying to its `parent` post, or to its thread when it
/// has none. Speaker `author/username` (else `author/name`), text `message` (HTML in CDATA
/// to plain text), time `createdAt`. Deleted and spam posts are left out and counted unless
/// ``LoadOptions/includeUnapproved`` (the same switch as WordPress's unapproved comments:
/// both are what the platform hides from readers).
struct DisqusReader: CorpusReader {
    var format: CorpusFormat { .disqus }

    var info: FormatInfo {
        FormatInfo(
            format: .disqus,
            reads: "Disqus XML export: threads as (synthetic) roots, post parent → parent, "
                + "thread author → organization, deleted/spam left out",
            writes: false,
            detection: "a <disqus> root element",
            example: "load disqus-export.xml")
    }

    static let idAttribute = "dsq:id"

    func match(_ candidate: FormatCandidate) -> FormatMatch? {
        guard !candidate.isDirectory,
            let root = XMLSniffer.rootElement(candidate.head), root.name == "disqus"
        else { return nil }
        return .signature
    }

    func read(
        _ source: ReaderSource, options: LoadOptions, blockSize: Int,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        try XMLLoad.read(
            source, format: .disqus, options: options, blockSize: blockSize, recordDepth: 2,
            into: &builder
        ) { (element, load, builder) throws(LoadError) in
            switch element.name {
            case "thread": try Self.addThread(element, load: &load, builder: &builder)
            case "post": try Self.addPost(element, load: &load, builder: &builder)
            default: break
            }
        }
    }

    private static func addThread(
        _ thread: XMLElement, load: inout XMLLoad, builder: inout CorpusBuilder
    ) throws(LoadError) {
        guard let number = thread.attribute(idAttribute), !number.isEmpty else {
            return try load.skip(line: thread.line, "thread without a dsq:id")
        }
        let title = thread.childText("title") ?? ""
        var metadata: [(key: String, value: MetadataValue)] = [
            ("kind", .string("thread")), ("synthetic", .bool(true)), ("title", .string(title)),
        ]
        if let link = thread.childText("link") { metadata.append(("link", .string(link))) }
        let speaker = speaker(of: thread)
        let record = UtteranceRecord(
            id: "thread-" + number, speaker: speaker,
            timestamp: load.timestamp(thread.childText("createdAt"), line: thread.line),
            text: title, role: speaker == nil ? nil : .organization, metadata: metadata)
        try load.add(record, line: thread.line, to: &builder)
    }

    private static func addPost(
        _ post: XMLElement, load: inout XMLLoad, builder: inout CorpusBuilder
    ) throws(LoadError) {
        guard let id = post.attribute(idAttribute), !id.isEmpty else {
            return try load.skip(line: post.line, "post without a dsq:id")
        }
        guard let thread = post.child("thread")?.attribute(idAttribute) else {
            return try load.skip(line: post.line, "post \(id) names no thread")
        }
        if !load.options.includeUnapproved {
            if flag(post, "isDeleted") { return try load.exclude(.deleted) }
            if flag(post, "isSpam") { return try load.exclude(.spam) }
        }
        var metadata: [(key: String, value: MetadataValue)] = [
            ("kind", .string("post")), ("thread", .string("thread-" + thread)),
        ]
        if flag(post, "isDeleted") { metadata.append(("deleted", .bool(true))) }
        if flag(post, "isSpam") { metadata.append(("spam", .bool(true))) }
        let parent = post.child("parent")?.attribute(idAttribute)
        let record = UtteranceRecord(
            id: id, replyTo: parent ?? "thread-" + thread, speaker: speaker(of: post),
            timestamp: load.timestamp(post.childText("createdAt"), line: post.line),
            text: post.child("message")?.bodyText(isHTML: true) ?? "", metadata: metadata)
        try load.add(record, line: post.line, to: &builder)
    }

    private static func speaker(of element: XMLElement) -> String? {
        let author = element.child("author")
        return author?.childText("username") ?? author?.childText("name")
    }

    private static func flag(_ element: XMLElement, _ name: String) -> Bool {
        element.childText(name) == "true"
    }
}

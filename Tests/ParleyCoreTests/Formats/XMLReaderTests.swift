import Testing

@testable import ParleyCore

/// What the Atom, WordPress and Disqus readers make of the sample exports.
@Suite struct XMLReaderTests {
    static func load(
        _ fixture: String, options: LoadOptions = LoadOptions()
    ) throws -> (corpus: Corpus, report: LoadReport) {
        let loaded = try loadText(try xmlFixture(fixture), name: fixture, options: options)
        return (loaded.corpus, loaded.report)
    }

    static func utterance(_ corpus: Corpus, _ id: String) throws -> Int {
        try #require(corpus.index(ofID: id))
    }

    @Test func bloggerCommentsHangUnderPostsAndCommentsByTheirRelatedLink() throws {
        let (corpus, report) = try Self.load("blogger.xml")
        #expect(report.format == .atom)
        #expect(report.loadedCount == 4)
        #expect(problemLines(report) == ["40: warning: unreadable date 'not a date': no time kept"])
        let post = try Self.utterance(corpus, "tag:blogger.com,1999:blog-42.post-100")
        let reply = try Self.utterance(corpus, "tag:blogger.com,1999:blog-42.post-202")
        #expect(
            try corpus.forest.parent(of: reply)
                == Self.utterance(corpus, "tag:blogger.com,1999:blog-42.post-201"))
        #expect(corpus.text(of: post) == "Our team & you.\n\nSecond para")
        #expect(corpus.text(of: reply) == "Thanks Bob — glad it helped 😀")
        #expect(corpus.timestamp(of: post) == 1_614_589_200)
        #expect(corpus.role(of: reply) == .organization)
        #expect(corpus.forest.orphans.count == 1)
    }

    @Test func wordPressLeavesUnapprovedOutUnlessAsked() throws {
        let (corpus, report) = try Self.load("wordpress.xml")
        #expect(report.loadedCount == 6)
        #expect(report.excluded == [.spam: 1, .unapproved: 1])
        // Found by fuzz-wordpress: records left out are not records the report counts,
        // which are always loaded or skipped.
        #expect(report.recordCount == report.loadedCount + report.skippedCount)
        #expect(report.skippedCount == 0)
        let answer = try Self.utterance(corpus, "comment-12")
        #expect(corpus.speakerID(of: answer) == "shopkeeper")
        #expect(corpus.role(of: answer) == .organization)
        #expect(try corpus.forest.parent(of: answer) == Self.utterance(corpus, "comment-11"))
        #expect(
            try corpus.forest.parent(of: Self.utterance(corpus, "comment-11"))
                == Self.utterance(corpus, "post-7"))
        #expect(corpus.index(ofID: "post-9") == nil)
        #expect(try corpus.timestamp(of: Self.utterance(corpus, "post-8")) == nil)
        var options = LoadOptions()
        options.includeUnapproved = true
        let all = try Self.load("wordpress.xml", options: options)
        #expect(all.report.loadedCount == 8)
        #expect(all.report.excluded.isEmpty)
    }

    @Test func disqusThreadsBecomeSyntheticRoots() throws {
        let (corpus, report) = try Self.load("disqus.xml")
        #expect(report.loadedCount == 4)
        #expect(report.excluded == [.spam: 1, .deleted: 1])
        let thread = try Self.utterance(corpus, "thread-500")
        #expect(corpus.text(of: thread) == "New opening hours & more")
        #expect(try corpus.forest.parent(of: Self.utterance(corpus, "9001")) == thread)
        #expect(try corpus.text(of: Self.utterance(corpus, "9001")) == "Love the new hours!")
        #expect(try corpus.role(of: Self.utterance(corpus, "9002")) == .organization)
        var options = LoadOptions()
        options.includeUnapproved = true
        #expect(try Self.load("disqus.xml", options: options).report.loadedCount == 6)
    }

    @Test func duplicateIdsAndTruncationAreReportedAtTheElementLine() throws {
        let text = """
            <disqus xmlns:dsq="x">
            <post dsq:id="1"><message>a</message><thread dsq:id="9"/></post>
            <post dsq:id="1"><message>b</message><thread dsq:id="9"/></post>
            <post dsq:id="2"><message>c</message>
            """
        let (_, report, _) = try loadText(text, name: "d.xml")
        #expect(report.format == .disqus)
        #expect(report.loadedCount == 1)
        #expect(
            problemLines(report) == [
                "3: duplicate id '1' (first at line 2)",
                "4: malformed XML: the file ends inside <post> (truncated?): this record is lost",
            ])
        var strict = LoadOptions()
        strict.policy = .stop
        #expect(throws: LoadError.self) { try loadText(text, name: "d.xml", options: strict) }
    }

    @Test func contentDetectionBeatsTheExtension() throws {
        let scratch = ScratchDirectory()
        let wordpress = scratch.write("export.xml", try xmlFixture("wordpress.xml"))
        let atom = scratch.write("feed.xml", try xmlFixture("atom-feed.atom"))
        let result = try CorpusLoader.load([wordpress, atom], options: LoadOptions())
        #expect(result.reports.map(\.format) == [.wordpress, .atom])
        #expect(loadError([scratch.write("other.xml", "<html></html>")]) != nil)
    }
}

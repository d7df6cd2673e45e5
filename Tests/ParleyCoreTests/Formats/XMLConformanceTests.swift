import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// The text of a sample export in `Tests/Fixtures/xml`.
func xmlFixture(_ name: String) throws -> String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // up to the repository root
    return try String(
        contentsOf: url.appendingPathComponent("Tests/Fixtures/xml/" + name), encoding: .utf8)
}

/// The Atom, WordPress and Disqus readers pass the shared ``ReaderConformance`` suite on
/// the sample exports; the broken record is an entry, comment or post without its id.
@Suite struct XMLConformanceTests {
    static func suite(_ format: CorpusFormat) throws -> ReaderConformance {
        switch format {
        case .atom:
            let text = try xmlFixture("blogger.xml")
            return ReaderConformance(
                format: .atom, files: ["blog.xml": text], entry: "blog.xml",
                brokenFile: "blog.xml",
                broken: text.replacingOccurrences(
                    of: "<id>tag:blogger.com,1999:blog-42.post-201</id>", with: ""),
                brokenLine: 23, organizationSpeakers: ["Ada"])
        case .wordpress:
            let text = try xmlFixture("wordpress.xml")
            return ReaderConformance(
                format: .wordpress, files: ["wp.xml": text], entry: "wp.xml",
                brokenFile: "wp.xml",
                broken: text.replacingOccurrences(
                    of: "<wp:comment_id>12</wp:comment_id>", with: ""),
                brokenLine: 32, organizationSpeakers: ["shopkeeper"])
        default:
            let text = try xmlFixture("disqus.xml")
            return ReaderConformance(
                format: .disqus, files: ["dq.xml": text], entry: "dq.xml",
                brokenFile: "dq.xml",
                broken: text.replacingOccurrences(of: #"<post dsq:id="9002">"#, with: "<post>"),
                brokenLine: 31, organizationSpeakers: ["samkeeper"])
        }
    }

    @Test(arguments: [CorpusFormat.atom, .wordpress, .disqus])
    func readerConforms(format: CorpusFormat) throws {
        let failures = try Self.suite(format).failures()
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func atomFeedWithoutBloggerKindsConforms() throws {
        let text = try xmlFixture("atom-feed.atom")
        let suite = ReaderConformance(
            format: .atom, files: ["feed.atom": text], entry: "feed.atom",
            brokenFile: "feed.atom",
            broken: text.replacingOccurrences(of: "<id>urn:uuid:comment-1</id>", with: ""),
            brokenLine: 12, organizationSpeakers: ["John Doe"])
        let failures = try suite.failures()
        #expect(failures.isEmpty, "\(failures)")
    }
}

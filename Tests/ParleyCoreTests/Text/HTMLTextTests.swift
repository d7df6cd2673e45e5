import Testing

@testable import ParleyCore

@Suite struct HTMLTextTests {
    @Test func hackerNewsCommentBecomesParagraphsWithFullLinks() {
        let html =
            "I&#x27;d say &quot;no&quot;.<p>See <a href=\"https:&#x2F;&#x2F;example.com&#x2F;"
            + "a&#x2F;very&#x2F;long&#x2F;path\" rel=\"nofollow\">https:&#x2F;&#x2F;example.com"
            + "&#x2F;a&#x2F;very...</a> and <i>this</i>.<p><pre><code>  let x = 1\n  y\n"
            + "</code></pre>"
        #expect(
            HTMLText.plainText(html)
                == "I'd say \"no\".\n\nSee https://example.com/a/very/long/path and this."
                + "\n\n  let x = 1\n  y")
    }

    @Test func linkTextThatIsNotAShortenedAddressStays() {
        #expect(HTMLText.plainText("<a href=\"http://x.org\">our docs</a>!") == "our docs!")
        #expect(
            HTMLText.plainText("<A HREF='http://x.org/abc'>http://x.org/a...</A>")
                == "http://x.org/abc")
    }

    @Test func lessThanThatStartsNoTagIsText() {
        #expect(HTMLText.plainText("a < b and 3<4 &lt;tag&gt;") == "a < b and 3<4 <tag>")
        #expect(HTMLText.plainText("unclosed <b tag") == "unclosed <b tag")
    }

    @Test func whiteSpaceCollapsesAndBlocksBreakLines() {
        let html = "  <div>one\n\t two</div><div>three<br/>four</div>  <p>five</p>\n"
        #expect(HTMLText.plainText(html) == "one two\nthree\nfour\n\nfive")
        #expect(HTMLText.plainText("a&nbsp;&nbsp;b") == "a b")
    }

    @Test func scriptsStylesAndCommentsAreDropped() {
        let html =
            "x<script>alert('<p>hi</p>')</script>y<!-- <b>gone</b> -->z<style>p{}</style>!"
        #expect(HTMLText.plainText(html) == "xyz!")
        #expect(HTMLText.plainText("a<!-- never closed") == "a<!-- never closed")
    }

    @Test func referencesDecodeAndUnknownOnesStay() {
        #expect(
            HTMLEntities.decode("&amp;&#65;&#x42;&eacute;&bogus;&#0;&#xD800;&")
                == "&ABé&bogus;&#0;\u{FFFD}&")
        #expect(HTMLText.plainText("caf&eacute; &mdash; &hellip;") == "café — …")
    }

    @Test func hostileInputStaysLinear() {
        let many = String(repeating: "<a", count: 200_000)
        #expect(HTMLText.plainText(many) == many)
        let comments = String(repeating: "<!--", count: 100_000)
        #expect(HTMLText.plainText(comments) == comments)
    }

    @Test func textWithoutMarkupIsReturnedAsIs() {
        #expect(HTMLText.plainText("plain  text\n") == "plain  text\n")
    }
}

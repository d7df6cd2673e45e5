import Testing

@testable import ParleyCore

/// The streaming XML scanner on its own: records, text, entities, lines and errors.
@Suite struct XMLScannerTests {
    /// Scans `text` in blocks of `blockSize` bytes (as ``BlockReader`` would hand them
    /// over) and returns the records at depth 2 and the failure.
    static func scan(
        _ text: String, blockSize: Int = 1 << 20
    ) -> (records: [XMLElement], failure: XMLScanner.Failure?) {
        var scanner = XMLScanner(recordDepth: 2)
        var records: [XMLElement] = []
        let bytes = Array(text.utf8)
        var pending: [UInt8] = []
        var offset = 0
        while true {
            let next = min(bytes.count, offset + blockSize)
            pending += bytes[offset..<next]
            offset = next
            let atEnd = offset == bytes.count
            let used = pending.withUnsafeBufferPointer { block in
                (try? scanner.scan(block, atEnd: atEnd) { records.append($0) }) ?? block.count
            }
            pending.removeFirst(used)
            if atEnd { break }
        }
        return (records, scanner.failure)
    }

    @Test func recordsComeWithTextAttributesAndLines() {
        let (records, failure) = Self.scan(
            "<?xml version='1.0'?>\n<!DOCTYPE x>\n<root>\n<r a='1' b=\"x &amp; y\">\n"
                + "<t>one</t>\n</r>\n<r/>\n</root>\n")
        #expect(failure == nil)
        #expect(records.map(\.name) == ["r", "r"])
        #expect(records.map(\.line) == [4, 7])
        #expect(records.first?.attribute("b") == "x & y")
        #expect(records.first?.childText("t") == "one")
    }

    @Test func entitiesAndCDATAAreDecodedButDeclaredEntitiesNeverExpand() {
        let text = """
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <root><r>&lt;&gt;&amp;&quot;&apos;&#233;&#xE9;&#0;&lol2;&nbsp;<![CDATA[<b>&amp;</b>]]></r></root>
            """
        let (records, failure) = Self.scan(text)
        #expect(failure == nil)
        #expect(records.first?.text == "<>&\"'éé\u{FFFD}&lol2;&nbsp;<b>&amp;</b>")
    }

    @Test func mismatchedEndTagIsReportedAtItsLine() {
        let (records, failure) = Self.scan("<root>\n<r>ok</r>\n<r>\n</x>\n</root>")
        #expect(records.count == 1)
        #expect(failure?.line == 4)
        #expect(failure?.reason == "malformed XML: </x> does not close <r> (opened at line 3)")
    }

    @Test func truncatedFileNamesTheLostRecord() {
        let (records, failure) = Self.scan("<root>\n<r>ok</r>\n<r>\n<t>cut")
        #expect(records.count == 1)
        #expect(failure?.line == 3)
        #expect(failure?.reason.contains("the file ends inside <r>") == true)
        #expect(Self.scan("<root><r><![CDATA[cut").failure?.reason.contains("CDATA") == true)
    }

    @Test func secondRootAndNoRootAreErrors() {
        #expect(Self.scan("<a/>\n<b/>").failure?.line == 2)
        #expect(Self.scan("  just text").failure?.reason == "malformed XML: no XML element found")
    }

    @Test func blockEndsNeverChangeWhatIsRead() {
        let text = "<root>\n<!-- c -->\n<r x='a>b'><t>A&amp;B</t><![CDATA[c]]>\n<?pi x?></r></root>"
        let whole = Self.scan(text)
        for size in 1...12 {
            let pieces = Self.scan(text, blockSize: size)
            #expect(pieces.records.map(\.allText) == whole.records.map(\.allText))
            #expect(pieces.records.first?.attribute("x") == "a>b")
        }
        #expect(whole.records.first?.allText == "A&Bc\n")
    }

    @Test func deepNestingIsReadWithoutKeepingTheDeepElements() {
        let depth = 10_000
        let text =
            "<root><r>" + String(repeating: "<d>", count: depth) + "x"
            + String(repeating: "</d>", count: depth) + "</r></root>"
        let (records, failure) = Self.scan(text)
        #expect(failure == nil)
        #expect(records.count == 1)
    }

    @Test func detectionReadsTheRootElementPastTheProlog() {
        let head = Array("\u{FEFF}<?xml version='1.0'?>\n<!-- x -->\n<feed xmlns='a'>".utf8)
        #expect(XMLSniffer.rootElement(head)?.name == "feed")
        #expect(XMLSniffer.rootElement(Array("{\"id\": 1}".utf8)) == nil)
    }
}

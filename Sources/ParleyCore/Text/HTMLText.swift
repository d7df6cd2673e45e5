/// Plain text from the HTML fragments comment platforms export (Hacker News `text`,
/// Blogger and WordPress content, Disqus messages).
///
/// Not a browser: it keeps what an analyst reads and drops markup. Paragraphs become blank
/// lines, `<br>` and block ends become line breaks, runs of white space collapse (except
/// inside `<pre>`), character references are decoded, `<script>`/`<style>` bodies and
/// comments are dropped, and a link keeps its text, or its full address when the text is
/// the address shortened with "...". A `<` that does not start a tag stays as text, so
/// "a < b" survives; a tag left open at the end of the input is treated as text.
///
/// Works on UTF-8 bytes: markup and white space are ASCII in HTML, so text between them is
/// copied as it is (the HTML export of a large blog is mostly this copying).
public enum HTMLText {
    /// How a plain line break in the source counts.
    public enum Newlines: Sendable {
        /// As white space, as a browser renders it.
        case whiteSpace
        /// As written: one is a line break, two or more a paragraph (WordPress stores
        /// comments this way and adds the markup when it shows them).
        case breaks
    }

    public static func plainText(_ html: String, newlines: Newlines = .whiteSpace) -> String {
        var needsWork = false
        for byte in html.utf8 where byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
            needsWork = true
            break
        }
        guard needsWork || newlines == .breaks else { return html }
        var converter = HTMLTextConverter(Array(html.utf8), newlines: newlines)
        return converter.run()
    }
}

private struct HTMLTextConverter {
    private let input: [UInt8]
    private let newlines: HTMLText.Newlines
    private var position = 0
    private var output: [UInt8] = []
    /// 0 none, 1 line break, 2 blank line: written before the next text, never at the ends.
    private var pendingBreak = 0
    private var pendingSpace = false
    /// Plain newlines since the last text (for ``HTMLText/Newlines/breaks``).
    private var newlineRun = 0
    private var preDepth = 0
    private var openLinks: [(href: [UInt8], start: Int)] = []
    /// The `>` found by the last tag search: later tags starting before it end there too.
    private var nextTagClose = -1
    private var commentNeverCloses = false
    /// `script` or `style` when the last tag opened one, whose body is skipped.
    private var rawTextElement: [UInt8]?

    init(_ input: [UInt8], newlines: HTMLText.Newlines) {
        self.input = input
        self.newlines = newlines
        output.reserveCapacity(input.count)
    }

    mutating func run() -> String {
        var textStart = 0
        while position < input.count {
            guard input[position] == UInt8(ascii: "<"), let tagEnd = markupEnd(at: position)
            else {
                position += 1
                continue
            }
            appendText(textStart..<position)
            handleMarkup((position + 1)..<tagEnd)
            position = tagEnd + 1
            skipRawTextIfNeeded()
            textStart = position
        }
        appendText(textStart..<input.count)
        while let last = output.last, Self.isSpace(last) { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }

    /// The index of the `>` (or comment end) closing markup that starts at `start`, or nil
    /// when this `<` is plain text. Quotes in attributes are not tracked (a `>` inside a
    /// quoted value ends the tag early); in exchange every search moves forward only, so
    /// hostile input such as a million `<a` costs linear time.
    private mutating func markupEnd(at start: Int) -> Int? {
        let next = start + 1
        guard next < input.count else { return nil }
        let first = input[next]
        if first == UInt8(ascii: "!"), matches("<!--", at: start) {
            return commentEnd(from: start + 4)
        }
        guard
            Self.isLetter(first) || first == UInt8(ascii: "/") || first == UInt8(ascii: "!")
                || first == UInt8(ascii: "?")
        else { return nil }
        if nextTagClose <= start {
            nextTagClose = input[next...].firstIndex(of: UInt8(ascii: ">")) ?? input.count
        }
        return nextTagClose < input.count ? nextTagClose : nil
    }

    /// The index of the `>` of the `-->` at or after `index`.
    private mutating func commentEnd(from index: Int) -> Int? {
        guard !commentNeverCloses else { return nil }
        var cursor = index
        while cursor + 2 < input.count {
            if input[cursor] == UInt8(ascii: "-"), input[cursor + 1] == UInt8(ascii: "-"),
                input[cursor + 2] == UInt8(ascii: ">")
            {
                return cursor + 2
            }
            cursor += 1
        }
        commentNeverCloses = true
        return nil
    }

    private mutating func handleMarkup(_ body: Range<Int>) {
        guard let first = body.first.map({ input[$0] }), first != UInt8(ascii: "!"),
            first != UInt8(ascii: "?")
        else { return }
        let closing = first == UInt8(ascii: "/")
        let name = tagName(closing ? body.dropFirst() : body)
        switch String(decoding: name, as: UTF8.self) {
        case "br":
            requestBreak(1)
        case "p":
            requestBreak(2)
        case "div", "li", "ul", "ol", "blockquote", "tr", "table", "h1", "h2", "h3", "h4",
            "h5", "h6", "hr", "dd", "dt":
            requestBreak(1)
        case "pre":
            requestBreak(1)
            preDepth = closing ? max(0, preDepth - 1) : preDepth + 1
        case "a":
            if closing { closeLink() } else { openLinks.append((href(in: body), output.count)) }
        case "script", "style":
            if !closing { rawTextElement = name }
        default:
            break
        }
    }

    /// The lowercase ASCII name at the start of a tag body.
    private func tagName(_ body: Range<Int>) -> [UInt8] {
        var name: [UInt8] = []
        for index in body {
            let byte = input[index]
            guard Self.isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            else { break }
            name.append(byte | 0x20)
        }
        return name
    }

    /// Drops the body of `<script>` and `<style>`, which is never text.
    private mutating func skipRawTextIfNeeded() {
        guard let name = rawTextElement else { return }
        rawTextElement = nil
        let closing = "</" + String(decoding: name, as: UTF8.self)
        var index = position
        while index < input.count {
            if input[index] == UInt8(ascii: "<"), matches(closing, at: index) {
                position = index
                return
            }
            index += 1
        }
        position = input.count
    }

    private mutating func appendText(_ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = input[index]
            if byte == UInt8(ascii: "&") {
                index = appendReference(at: index, end: range.upperBound)
                continue
            }
            if Self.isSpace(byte) {
                appendSpace(byte)
            } else if byte == 0xC2, index + 1 < range.upperBound, input[index + 1] == 0xA0 {
                // A no-break space counts as a space: analysts search and count words.
                appendSpace(UInt8(ascii: " "))
                index += 1
            } else {
                flushPending()
                output.append(byte)
            }
            index += 1
        }
    }

    private mutating func appendSpace(_ byte: UInt8) {
        if preDepth > 0 {
            flushPending()
            output.append(byte)
        } else if newlines == .breaks, byte == UInt8(ascii: "\n") {
            // A second plain newline in a row makes a paragraph; a `<br>` before one does not.
            newlineRun += 1
            requestBreak(min(2, newlineRun))
        } else if byte != UInt8(ascii: "\r") || newlines == .whiteSpace {
            pendingSpace = true
        }
    }

    /// Decodes the reference at `index` (or keeps the `&`); returns the index after it.
    private mutating func appendReference(at index: Int, end: Int) -> Int {
        let bodyStart = index + 1
        let limit = min(end, bodyStart + 12)
        if let semicolon = input[bodyStart..<limit].firstIndex(of: UInt8(ascii: ";")),
            let scalar = HTMLEntities.scalar(
                for: Substring(String(decoding: input[bodyStart..<semicolon], as: UTF8.self)))
        {
            if scalar == "\u{A0}" {
                appendSpace(UInt8(ascii: " "))
            } else if scalar.properties.isWhitespace, scalar.isASCII {
                appendSpace(UInt8(scalar.value))
            } else {
                flushPending()
                output.append(contentsOf: Array(String(scalar).utf8))
            }
            return semicolon + 1
        }
        flushPending()
        output.append(UInt8(ascii: "&"))
        return bodyStart
    }

    private mutating func flushPending() {
        if pendingBreak > 0 {
            if !output.isEmpty {
                while output.last == UInt8(ascii: " ") { output.removeLast() }
                output.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: pendingBreak))
            }
            pendingBreak = 0
            pendingSpace = false
            newlineRun = 0
        } else if pendingSpace {
            if let last = output.last, last != UInt8(ascii: "\n") {
                output.append(UInt8(ascii: " "))
            }
            pendingSpace = false
        }
        newlineRun = 0
    }

    private mutating func requestBreak(_ strength: Int) {
        pendingBreak = max(pendingBreak, strength)
    }

    private mutating func closeLink() {
        guard let link = openLinks.popLast(), !link.href.isEmpty else { return }
        // The space or break before the link is written when its text arrives.
        var start = min(link.start, output.count)
        while start < output.count, Self.isSpace(output[start]) { start += 1 }
        let text = output[start...]
        for suffix in [Array("...".utf8), Array("\u{2026}".utf8)] {
            guard text.count > suffix.count, text.suffix(suffix.count).elementsEqual(suffix)
            else { continue }
            let shortened = text.dropLast(suffix.count)
            if link.href.starts(with: shortened) {
                output.removeSubrange(start...)
                output.append(contentsOf: link.href)
                return
            }
        }
    }

    /// The decoded `href` attribute of a tag body, or nothing.
    private func href(in body: Range<Int>) -> [UInt8] {
        var index = body.lowerBound
        while index < body.upperBound, !matches("href", at: index) { index += 1 }
        guard index < body.upperBound else { return [] }
        var rest = input[(index + 4)..<body.upperBound].drop { $0 == UInt8(ascii: " ") }
        guard rest.first == UInt8(ascii: "=") else { return [] }
        rest = rest.dropFirst().drop { $0 == UInt8(ascii: " ") }
        let value: ArraySlice<UInt8>
        if let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            value = rest.dropFirst().prefix { $0 != quote }
        } else {
            value = rest.prefix { $0 != UInt8(ascii: " ") }
        }
        return Array(HTMLEntities.decode(Substring(String(decoding: value, as: UTF8.self))).utf8)
    }

    /// Whether the ASCII `pattern` is at `index`, ignoring the case of letters.
    private func matches(_ pattern: String, at index: Int) -> Bool {
        var cursor = index
        for expected in pattern.utf8 {
            guard cursor < input.count else { return false }
            let actual = input[cursor]
            guard actual == expected || (Self.isLetter(actual) && actual | 0x20 == expected)
            else { return false }
            cursor += 1
        }
        return true
    }

    /// HTML's white space: space, tab, line feed, form feed, carriage return.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}

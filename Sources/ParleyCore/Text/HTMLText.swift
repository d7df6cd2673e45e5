/// Plain text from the HTML fragments comment platforms export (Hacker News `text`,
/// Blogger and WordPress content, Disqus messages).
///
/// Not a browser: it keeps what an analyst reads and drops markup. Paragraphs become blank
/// lines, `<br>` and block ends become line breaks, runs of white space collapse (except
/// inside `<pre>`), character references are decoded, `<script>`/`<style>` bodies and
/// comments are dropped, and a link keeps its text, or its full address when the text is
/// the address shortened with "...". A `<` that does not start a tag stays as text, so
/// "a < b" survives; a tag left open at the end of the input is treated as text.
public enum HTMLText {
    public static func plainText(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        var converter = HTMLTextConverter(Array(html.unicodeScalars))
        return converter.run()
    }
}

private struct HTMLTextConverter {
    private let input: [Unicode.Scalar]
    private var position = 0
    private var output = String.UnicodeScalarView()
    /// 0 none, 1 line break, 2 blank line: written before the next text, never at the ends.
    private var pendingBreak = 0
    private var pendingSpace = false
    private var preDepth = 0
    private var openLinks: [(href: String, start: Int)] = []
    private var outputCount = 0
    /// The `>` found by the last tag search: later tags starting before it end there too.
    private var nextTagClose = -1
    private var commentNeverCloses = false
    /// `script` or `style` when the last tag opened one, whose body is skipped.
    private var rawTextElement: String?

    init(_ input: [Unicode.Scalar]) { self.input = input }

    mutating func run() -> String {
        var textStart = 0
        while position < input.count {
            guard input[position] == "<", let tagEnd = markupEnd(at: position) else {
                position += 1
                continue
            }
            appendText(input[textStart..<position])
            handleMarkup(input[(position + 1)..<tagEnd])
            position = tagEnd + 1
            skipRawTextIfNeeded()
            textStart = position
        }
        appendText(input[textStart..<input.count])
        while let last = output.last, last.properties.isWhitespace { output.removeLast() }
        return String(output)
    }

    /// The index of the `>` (or comment end) closing markup that starts at `start`, or nil
    /// when this `<` is plain text. Quotes in attributes are not tracked (a `>` inside a
    /// quoted value ends the tag early); in exchange every search moves forward only, so
    /// hostile input such as a million `<a` costs linear time.
    private mutating func markupEnd(at start: Int) -> Int? {
        let next = start + 1
        guard next < input.count else { return nil }
        let first = input[next]
        if first == "!" && matchesCaseInsensitive(Array("<!--".unicodeScalars), at: start) {
            return commentEnd(from: start + 4)
        }
        let startsTag =
            first.properties.isAlphabetic || first == "/" || first == "!" || first == "?"
        guard startsTag else { return nil }
        if nextTagClose <= start {
            nextTagClose = input[next...].firstIndex(of: ">") ?? input.count
        }
        return nextTagClose < input.count ? nextTagClose : nil
    }

    /// The index of the `>` of the `-->` at or after `index`.
    private mutating func commentEnd(from index: Int) -> Int? {
        guard !commentNeverCloses else { return nil }
        var cursor = index
        while cursor + 2 < input.count {
            if input[cursor] == "-", input[cursor + 1] == "-", input[cursor + 2] == ">" {
                return cursor + 2
            }
            cursor += 1
        }
        commentNeverCloses = true
        return nil
    }

    private mutating func handleMarkup(_ body: ArraySlice<Unicode.Scalar>) {
        guard let first = body.first, first != "!", first != "?" else { return }
        let closing = first == "/"
        let name = tagName(closing ? body.dropFirst() : body)
        switch name {
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
            if closing { closeLink() } else { openLinks.append((href(in: body), outputCount)) }
        case "script", "style":
            if !closing { rawTextElement = name }
        default:
            break
        }
    }

    private func tagName(_ body: ArraySlice<Unicode.Scalar>) -> String {
        var name = String.UnicodeScalarView()
        for scalar in body {
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { break }
            name.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return String(name)
    }

    /// Drops the body of `<script>` and `<style>`, which is never text.
    private mutating func skipRawTextIfNeeded() {
        guard let name = rawTextElement else { return }
        rawTextElement = nil
        let closing = Array("</\(name)".unicodeScalars)
        var index = position
        while index < input.count {
            if input[index] == "<", matchesCaseInsensitive(closing, at: index) {
                position = index
                return
            }
            index += 1
        }
        position = input.count
    }

    private mutating func appendText(_ text: ArraySlice<Unicode.Scalar>) {
        guard !text.isEmpty else { return }
        let decoded = HTMLEntities.decode(Substring(String(String.UnicodeScalarView(text))))
        for var scalar in decoded.unicodeScalars {
            if scalar == "\u{A0}" { scalar = " " }
            if preDepth == 0, scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if preDepth > 0, scalar == "\n" {
                emit("\n")
                continue
            }
            flushPending()
            emit(scalar)
        }
    }

    private mutating func flushPending() {
        if pendingBreak > 0 {
            if outputCount > 0 {
                trimTrailingSpaces()
                for _ in 0..<pendingBreak { emit("\n") }
            }
            pendingBreak = 0
            pendingSpace = false
        } else if pendingSpace {
            if let last = output.last, last != "\n" { emit(" ") }
            pendingSpace = false
        }
    }

    private mutating func requestBreak(_ strength: Int) {
        pendingBreak = max(pendingBreak, strength)
    }

    private mutating func emit(_ scalar: Unicode.Scalar) {
        output.append(scalar)
        outputCount += 1
    }

    private mutating func trimTrailingSpaces() {
        while output.last == " " {
            output.removeLast()
            outputCount -= 1
        }
    }

    private mutating func closeLink() {
        guard let link = openLinks.popLast(), !link.href.isEmpty else { return }
        var start = min(link.start, outputCount)
        var startIndex = output.index(output.startIndex, offsetBy: start)
        // The space or break before the link is written when its text arrives.
        while startIndex < output.endIndex, output[startIndex].properties.isWhitespace {
            startIndex = output.index(after: startIndex)
            start += 1
        }
        let text = String(output[startIndex...])
        for suffix in ["...", "\u{2026}"] where text.hasSuffix(suffix) {
            let shortened = text.dropLast(suffix.count)
            if !shortened.isEmpty, link.href.hasPrefix(shortened) {
                output.removeSubrange(startIndex...)
                output.append(contentsOf: link.href.unicodeScalars)
                outputCount = start + link.href.unicodeScalars.count
                return
            }
        }
    }

    /// The decoded `href` attribute of a tag body, or "".
    private func href(in body: ArraySlice<Unicode.Scalar>) -> String {
        let name = Array("href".unicodeScalars)
        var index = body.startIndex
        while index < body.endIndex, !matchesCaseInsensitive(name, at: index) { index += 1 }
        guard index < body.endIndex else { return "" }
        var rest = body[(index + name.count)...].drop { $0 == " " }
        guard rest.first == "=" else { return "" }
        rest = rest.dropFirst().drop { $0 == " " }
        let value: ArraySlice<Unicode.Scalar>
        if let quote = rest.first, quote == "\"" || quote == "'" {
            value = rest.dropFirst().prefix { $0 != quote }
        } else {
            value = rest.prefix { $0 != " " }
        }
        return HTMLEntities.decode(Substring(String(String.UnicodeScalarView(value))))
    }

    private func matchesCaseInsensitive(_ pattern: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + pattern.count <= input.count else { return false }
        for (offset, expected) in pattern.enumerated() {
            let actual = input[index + offset]
            guard actual == expected || lowercased(actual) == expected else { return false }
        }
        return true
    }

    private func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}

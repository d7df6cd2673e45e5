/// Character references in HTML and XML text.
///
/// The named table holds the entities that occur in comment exports (Hacker News,
/// Blogger, WordPress and Disqus write these); an unknown name is kept as written, as
/// browsers do, rather than dropped.
enum HTMLEntities {
    /// The scalar a reference `&body;` stands for, or nil when `body` is not a known
    /// name or a valid numeric reference.
    static func scalar(for body: Substring) -> Unicode.Scalar? {
        if body.first == "#" { return numeric(body.dropFirst()) }
        return named[String(body)]
    }

    private static func numeric(_ digits: Substring) -> Unicode.Scalar? {
        let value: UInt32?
        if let first = digits.first, first == "x" || first == "X" {
            value =
                digits.count > 1 && digits.count <= 9 ? UInt32(digits.dropFirst(), radix: 16) : nil
        } else {
            value = !digits.isEmpty && digits.count <= 10 ? UInt32(digits) : nil
        }
        guard let value, value != 0 else { return nil }
        // Browsers map NUL and surrogates to U+FFFD rather than failing the reference.
        return Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)
    }

    private static let named: [String: Unicode.Scalar] = {
        let pairs: [(String, UInt32)] = [
            ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27),
            ("nbsp", 0xA0), ("ndash", 0x2013), ("mdash", 0x2014), ("hellip", 0x2026),
            ("lsquo", 0x2018), ("rsquo", 0x2019), ("ldquo", 0x201C), ("rdquo", 0x201D),
            ("sbquo", 0x201A), ("bdquo", 0x201E), ("laquo", 0xAB), ("raquo", 0xBB),
            ("lsaquo", 0x2039), ("rsaquo", 0x203A), ("bull", 0x2022), ("middot", 0xB7),
            ("copy", 0xA9), ("reg", 0xAE), ("trade", 0x2122), ("deg", 0xB0),
            ("plusmn", 0xB1), ("times", 0xD7), ("divide", 0xF7), ("frac12", 0xBD),
            ("frac14", 0xBC), ("frac34", 0xBE), ("euro", 0x20AC), ("pound", 0xA3),
            ("yen", 0xA5), ("cent", 0xA2), ("sect", 0xA7), ("para", 0xB6),
            ("iexcl", 0xA1), ("iquest", 0xBF), ("shy", 0xAD), ("ensp", 0x2002),
            ("emsp", 0x2003), ("thinsp", 0x2009), ("zwnj", 0x200C), ("zwj", 0x200D),
            ("larr", 0x2190), ("rarr", 0x2192), ("uarr", 0x2191), ("darr", 0x2193),
            ("hearts", 0x2665), ("prime", 0x2032), ("Prime", 0x2033),
            ("agrave", 0xE0), ("aacute", 0xE1), ("acirc", 0xE2), ("atilde", 0xE3),
            ("auml", 0xE4), ("aring", 0xE5), ("aelig", 0xE6), ("ccedil", 0xE7),
            ("egrave", 0xE8), ("eacute", 0xE9), ("ecirc", 0xEA), ("euml", 0xEB),
            ("igrave", 0xEC), ("iacute", 0xED), ("icirc", 0xEE), ("iuml", 0xEF),
            ("ntilde", 0xF1), ("ograve", 0xF2), ("oacute", 0xF3), ("ocirc", 0xF4),
            ("otilde", 0xF5), ("ouml", 0xF6), ("oslash", 0xF8), ("ugrave", 0xF9),
            ("uacute", 0xFA), ("ucirc", 0xFB), ("uuml", 0xFC), ("yacute", 0xFD),
            ("szlig", 0xDF), ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2),
            ("Auml", 0xC4), ("Aring", 0xC5), ("Ccedil", 0xC7), ("Eacute", 0xC9),
            ("Ntilde", 0xD1), ("Ouml", 0xD6), ("Oslash", 0xD8), ("Uuml", 0xDC),
        ]
        var table: [String: Unicode.Scalar] = [:]
        for (name, value) in pairs {
            if let scalar = Unicode.Scalar(value) { table[name] = scalar }
        }
        return table
    }()

    /// `text` with every character reference replaced; unknown or malformed references
    /// stay as written.
    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let ampersand = scalars.firstIndex(of: "&") {
            output.append(contentsOf: scalars[..<ampersand])
            let rest = scalars[scalars.index(after: ampersand)...]
            // References are short; a `;` further away is not this one's end.
            if let semicolon = rest.prefix(12).firstIndex(of: ";"),
                let scalar = scalar(for: Substring(rest[..<semicolon]))
            {
                output.append(scalar)
                scalars = rest[rest.index(after: semicolon)...]
            } else {
                output.append("&")
                scalars = rest
            }
        }
        output.append(contentsOf: scalars)
        return String(output)
    }
}

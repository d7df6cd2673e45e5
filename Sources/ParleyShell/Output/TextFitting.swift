/// Text that has been escaped for a terminal, with its display width.
struct VisibleText: Equatable {
    var text: String
    var width: Int

    init(text: String, width: Int) {
        self.text = text
        self.width = width
    }

    /// `raw` escaped with `policy` and measured.
    init(escaping raw: String, _ policy: TextEscaping.Policy) {
        let escaped = TextEscaping.escape(raw, policy)
        self.init(text: escaped, width: DisplayWidth.of(escaped))
    }

    static let empty = VisibleText(text: "", width: 0)
}

/// Cutting escaped text to a number of columns.
///
/// A caller can rely on: the result is never wider than `maxWidth` (for `maxWidth >= 1`);
/// a cut text ends in `…`; cuts fall between graphemes, and an escape such as `\x1b` is
/// kept whole or dropped whole. The work stops at the cut, so fitting a megabyte of text
/// into 60 columns reads only the first few graphemes.
enum TextFitting {
    static let ellipsis = "…"

    /// `raw`, escaped with `policy`, cut to at most `maxWidth` columns.
    static func fit(_ raw: String, _ policy: TextEscaping.Policy, maxWidth: Int) -> VisibleText {
        guard maxWidth > 0 else { return .empty }
        var kept = ""
        var keptWidth = 0
        // Where the text must be cut if it turns out not to fit: the longest prefix that
        // leaves one column for the ellipsis.
        var cutText = ""
        var cutWidth = 0
        var cutFound = false
        for character in raw {
            let piece = TextEscaping.escape(character, policy)
            let pieceWidth =
                piece.map { DisplayWidth.of($0) } ?? DisplayWidth.of(character)
            if !cutFound, keptWidth + pieceWidth > maxWidth - 1 {
                cutText = kept
                cutWidth = keptWidth
                cutFound = true
            }
            if keptWidth + pieceWidth > maxWidth {
                return VisibleText(text: cutText + ellipsis, width: cutWidth + 1)
            }
            if let piece { kept += piece } else { kept.append(character) }
            keptWidth += pieceWidth
        }
        return VisibleText(text: kept, width: keptWidth)
    }

    /// Spaces to pad `visible` to `width` columns, on the side the alignment asks for.
    static func pad(_ visible: VisibleText, to width: Int, right: Bool) -> String {
        let missing = width - visible.width
        guard missing > 0 else { return visible.text }
        let spaces = String(repeating: " ", count: missing)
        return right ? spaces + visible.text : visible.text + spaces
    }
}

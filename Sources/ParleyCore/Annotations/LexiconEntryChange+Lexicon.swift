extension LexiconEntryChange {
    /// The entries that turn lexicon `old` into `new`, one per word whose valence or
    /// change state differs (words in the order `new` first changed them, then resets).
    public static func changes(from old: SentimentLexicon, to new: SentimentLexicon)
        -> [LexiconEntryChange]
    {
        let before = Dictionary(old.changes.map { ($0.word, $0.current) }) { first, _ in first }
        let after = new.changes
        var result: [LexiconEntryChange] = []
        for change in after where before[change.word] != .some(change.current) {
            result.append(
                LexiconEntryChange(
                    word: change.word, change: change.current.map(Change.valence) ?? .removed))
        }
        let kept = Set(after.map(\.word))
        for change in old.changes where !kept.contains(change.word) {
            result.append(LexiconEntryChange(word: change.word, change: .reset))
        }
        return result
    }

    /// Applies this change to `lexicon`.
    public func apply(to lexicon: inout SentimentLexicon) {
        switch change {
        case .valence(let valence): lexicon.set(word, valence: valence)
        case .removed: lexicon.remove(word)
        case .reset: lexicon.reset(word)
        }
    }
}

extension SentimentLexicon {
    /// The built-in lexicon with every lexicon entry among `changes` applied in order.
    public static func replaying(_ changes: [AnnotationChange]) -> SentimentLexicon {
        var lexicon = SentimentLexicon.vader
        for case .lexiconEntry(let entry) in changes { entry.apply(to: &lexicon) }
        return lexicon
    }

    /// Names this lexicon's content: equal lexicons give the same version, so scores
    /// stored with a version are reused only with the very lexicon they came from.
    /// `builtin` for the unchanged lexicon, else a 64-bit FNV-1a hash of the changes.
    public var version: String {
        let changes = self.changes.sorted { $0.word < $1.word }
        guard !changes.isEmpty else { return "builtin" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a offset basis
        for change in changes {
            let value = change.current.map { String($0.bitPattern) } ?? "removed"
            for byte in (change.word + "\u{0}" + value + "\u{0}").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3  // FNV-1a prime
            }
        }
        return "changes-" + String(hash, radix: 16)
    }
}

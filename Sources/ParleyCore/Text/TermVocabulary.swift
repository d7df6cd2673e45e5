/// Terms interned by their bytes: each distinct term gets a dense id, found again by a
/// hash of its bytes without making a String (a million comments hold tens of millions
/// of tokens).
public struct TermVocabulary: Sendable {
    private var terms = StringTable()
    private var index = ByteStringIndex()
    /// Whether each term is an English stop word.
    public private(set) var isStopWord: [Bool] = []

    public init() {}

    public var count: Int { terms.count }

    public func term(_ id: Int) -> String { terms[id] }

    /// The id of the term with these (already normalised) bytes, added if new.
    public mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let found = index.find(bytes, in: terms) { return Int(found) }
        let position = terms.append(validUTF8: bytes)
        index.insert(bytes, position: Int32(position), table: terms)
        isStopWord.append(StopWords.contains(terms[position]))
        return position
    }

    /// The id of `term`, if it was seen.
    public func id(ofTerm term: String) -> Int? {
        var copy = term
        return copy.withUTF8 { index.find($0, in: terms) }.map(Int.init)
    }
}

/// Tokenises texts into vocabulary ids, reusing one scratch buffer.
public struct TermCounter {
    public private(set) var vocabulary = TermVocabulary()
    private var scratch: [UInt8] = []

    public init() {}

    /// Replaces `ids` with the ids of the words of `bytes`, in order (as ``forEachTerm``).
    /// Counting loops over the array run faster than inside a closure.
    public mutating func collectTerms(in bytes: UnsafeBufferPointer<UInt8>, into ids: inout [Int32])
    {
        ids.removeAll(keepingCapacity: true)
        forEachTerm(in: bytes) { ids.append(Int32($0)) }
    }

    /// Calls `body` with the id of each word of `bytes` (numbers, URLs and mentions are
    /// left out; stop words are included, marked in the vocabulary).
    public mutating func forEachTerm(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        Tokenizer.forEachToken(in: bytes) { token in
            guard token.kind == .word else { return }
            // Most tokens are already lower case: look those up in place, without a copy.
            if !TermNormalizer.needsNormalizing(bytes, token.range) {
                body(vocabulary.id(of: UnsafeBufferPointer(rebasing: bytes[token.range])))
                return
            }
            TermNormalizer.normalize(bytes, token.range, into: &scratch)
            let id = scratch.withUnsafeBufferPointer { vocabulary.id(of: $0) }
            body(id)
        }
    }
}

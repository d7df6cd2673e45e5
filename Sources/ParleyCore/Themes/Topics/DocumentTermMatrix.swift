/// The utterances of a topic model as rows of TF-IDF weights over the terms kept.
///
/// Weighting follows scikit-learn's `TfidfVectorizer` defaults, so the two can be compared
/// term for term: raw counts, smoothed idf `ln((1 + n) / (1 + df)) + 1`, each row scaled to
/// unit length. Words come from the shared ``Tokenizer`` (numbers, URLs and mentions left
/// out); English stop words, terms in fewer than `minimumDocuments` utterances and terms in
/// more than `maximumDocumentShare` of them are dropped.
public struct DocumentTermMatrix: Sendable {
    /// Which utterance each row is (corpus indices, ascending).
    public let utterances: [Int]
    /// The term of each column.
    public let terms: [String]
    /// Raw counts, rows = utterances, columns = terms.
    public let counts: SparseMatrix
    /// TF-IDF weights with unit-length rows (an utterance with no kept term is a zero row).
    public let weights: SparseMatrix

    public struct Pruning: Sendable, Equatable {
        public var minimumDocuments: Int
        public var maximumDocumentShare: Double

        public init(minimumDocuments: Int = 2, maximumDocumentShare: Double = 0.95) {
            self.minimumDocuments = minimumDocuments
            self.maximumDocumentShare = maximumDocumentShare
        }
    }

    /// Tokenises the utterances `indices` of `corpus`. Checks `cancellation` every few
    /// thousand utterances.
    public init(
        corpus: Corpus, indices: [Int], pruning: Pruning = Pruning(),
        cancellation: Cancellation = .never
    ) throws {
        let texts = TextSource(corpus: corpus, indices: indices)
        try self.init(texts: texts, pruning: pruning, cancellation: cancellation)
    }

    /// Tokenises plain texts (rows in order; `utterances` are their positions).
    public init(texts: [String], pruning: Pruning = Pruning()) throws {
        try self.init(texts: TextSource(texts: texts), pruning: pruning, cancellation: .never)
    }

    private init(texts: TextSource, pruning: Pruning, cancellation: Cancellation) throws {
        var counter = TermCounter()
        var raw = RawCounts()
        var ids: [Int32] = []
        for row in 0..<texts.count {
            if row % 4_096 == 0, cancellation.isCancelled { throw CancelledError() }
            texts.withBytes(row) { counter.collectTerms(in: $0, into: &ids) }
            raw.addRow(ids)
        }
        let vocabulary = counter.vocabulary
        let keep = raw.keptColumns(rows: texts.count, pruning: pruning) {
            vocabulary.isStopWord[$0]
        }
        utterances = texts.rowNames
        terms = keep.kept.map { vocabulary.term($0) }
        counts = raw.matrix(rows: texts.count, columnMap: keep.map, columns: keep.kept.count)
        weights = Self.tfidf(counts)
    }

    /// How many rows use each column.
    public static func documentFrequencies(_ matrix: SparseMatrix) -> [Int] {
        var frequencies = [Int](repeating: 0, count: matrix.columns)
        for column in matrix.columnIndices { frequencies[Int(column)] += 1 }
        return frequencies
    }

    static func tfidf(_ counts: SparseMatrix) -> SparseMatrix {
        let frequencies = documentFrequencies(counts)
        let n = Double(counts.rows)
        let idf = frequencies.map { log((1 + n) / (1 + Double($0))) + 1 }
        var weights = counts
        for row in 0..<counts.rows {
            let range = counts.rowStarts[row]..<counts.rowStarts[row + 1]
            var squares = 0.0
            for entry in range {
                let value = counts.values[entry] * idf[Int(counts.columnIndices[entry])]
                weights.values[entry] = value
                squares += value * value
            }
            guard squares > 0 else { continue }
            let norm = squares.squareRoot()
            for entry in range { weights.values[entry] /= norm }
        }
        return weights
    }
}

/// Where the texts come from: corpus utterances or plain strings.
private struct TextSource {
    private let corpus: Corpus?
    private let indices: [Int]
    private let texts: [String]

    init(corpus: Corpus, indices: [Int]) {
        self.corpus = corpus
        self.indices = indices
        texts = []
    }

    init(texts: [String]) {
        corpus = nil
        indices = Array(texts.indices)
        self.texts = texts
    }

    var count: Int { indices.count }
    var rowNames: [Int] { indices }

    func withBytes(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if let corpus {
            corpus.withTextBytes(of: indices[row]) { body($0) }
        } else {
            var text = texts[row]
            text.withUTF8 { body($0) }
        }
    }
}

/// Term counts per row gathered during tokenisation, columns still vocabulary ids.
private struct RawCounts {
    var rowStarts = [0]
    var columns: [Int32] = []
    var counts: [Double] = []
    var documentFrequency: [Int] = []

    mutating func addRow(_ ids: [Int32]) {
        for id in ids.sorted() {
            if let last = columns.last, columns.count > rowStarts[rowStarts.count - 1],
                last == id
            {
                counts[counts.count - 1] += 1
                continue
            }
            columns.append(id)
            counts.append(1)
            while documentFrequency.count <= Int(id) { documentFrequency.append(0) }
            documentFrequency[Int(id)] += 1
        }
        rowStarts.append(columns.count)
    }

    /// The vocabulary ids kept, in the order of their first use, and each id's new column.
    func keptColumns(rows: Int, pruning: DocumentTermMatrix.Pruning, isStopWord: (Int) -> Bool)
        -> (kept: [Int], map: [Int32])
    {
        let ceiling = pruning.maximumDocumentShare * Double(rows)
        var map = [Int32](repeating: -1, count: documentFrequency.count)
        var kept: [Int] = []
        for (id, frequency) in documentFrequency.enumerated()
        where frequency >= pruning.minimumDocuments && Double(frequency) <= ceiling
            && !isStopWord(id)
        {
            map[id] = Int32(kept.count)
            kept.append(id)
        }
        return (kept, map)
    }

    /// The kept entries as a matrix; rows stay sorted, since new columns keep id order.
    func matrix(rows: Int, columnMap: [Int32], columns width: Int) -> SparseMatrix {
        var starts = [0]
        starts.reserveCapacity(rows + 1)
        var indices: [Int32] = []
        var values: [Double] = []
        for row in 0..<rows {
            for entry in rowStarts[row]..<rowStarts[row + 1] {
                let column = columnMap[Int(columns[entry])]
                guard column >= 0 else { continue }
                indices.append(column)
                values.append(counts[entry])
            }
            starts.append(indices.count)
        }
        return SparseMatrix(
            rows: rows, columns: width, rowStarts: starts, columnIndices: indices, values: values)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

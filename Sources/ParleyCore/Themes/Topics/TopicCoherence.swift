/// How well a topic's top terms hang together, measured on the corpus itself.
///
/// NPMI (Bouma 2009, "Normalized (pointwise) mutual information in collocation extraction";
/// used for topics by Aletras & Stevenson 2013 and Lau, Newman & Baldwin 2014) with
/// **document co-occurrence**: an utterance is the window, `P(w) = D(w) / N` and
/// `P(wᵢ, wⱼ) = D(wᵢ, wⱼ) / N`, where `D` counts the utterances containing the word(s) and
/// `N` the utterances modelled. For a pair,
/// `NPMI = ln(P(wᵢ, wⱼ) / (P(wᵢ) P(wⱼ))) / −ln P(wᵢ, wⱼ)`, in [−1, 1]; a pair never seen
/// together scores −1 (the limit), and a pair seen in every utterance 1. A topic's
/// coherence is the mean over all pairs of its top terms (10 by convention).
public struct TopicCoherence: Sendable {
    /// Each term's utterances (row numbers, ascending).
    private let postings: [String: [Int32]]
    private let documentCount: Int

    /// Terms conventionally scored per topic.
    public static let defaultTermCount = 10

    /// Indexes which rows use each column of `counts` (`terms` name the columns).
    public init(counts: SparseMatrix, terms: [String]) {
        let transpose = counts.transposed()
        var postings: [String: [Int32]] = [:]
        for (column, term) in terms.enumerated() {
            let range = transpose.rowStarts[column]..<transpose.rowStarts[column + 1]
            postings[term] = Array(transpose.columnIndices[range])
        }
        self.postings = postings
        documentCount = counts.rows
    }

    /// The mean NPMI over all pairs of `terms` (a term the corpus lacks has no utterances,
    /// so its pairs score −1); 0 for fewer than two terms.
    public func npmi(_ terms: [String]) -> Double {
        guard terms.count >= 2 else { return 0 }
        var total = 0.0
        var pairs = 0
        for i in 0..<(terms.count - 1) {
            for j in (i + 1)..<terms.count {
                total += pairNPMI(terms[i], terms[j])
                pairs += 1
            }
        }
        return total / Double(pairs)
    }

    /// NPMI of one pair, as defined above.
    public func pairNPMI(_ first: String, _ second: String) -> Double {
        let a = postings[first] ?? []
        let b = postings[second] ?? []
        let joint = Self.intersectionCount(a, b)
        guard joint > 0, documentCount > 0 else { return -1 }
        let n = Double(documentCount)
        let pJoint = Double(joint) / n
        if pJoint >= 1 { return 1 }
        let pmi = log(pJoint / ((Double(a.count) / n) * (Double(b.count) / n)))
        return pmi / -log(pJoint)
    }

    static func intersectionCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    /// Terms per topic in topic diversity, as Dieng, Ruiz & Blei define it.
    public static let diversityTermCount = 25

    /// Topic diversity (Dieng, Ruiz & Blei 2020, "Topic modeling in embedding spaces",
    /// TACL 8): the share of distinct words among all topics' top 25 terms; 1 when no two
    /// topics share a top word, near 0 when they repeat each other.
    public static func diversity(_ topTerms: [[String]]) -> Double {
        let all = topTerms.flatMap { $0.prefix(diversityTermCount) }
        guard !all.isEmpty else { return 0 }
        return Double(Set(all).count) / Double(all.count)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

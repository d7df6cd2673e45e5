/// The words that most distinguish two groups of utterances: the weighted log-odds ratio
/// with an informative Dirichlet prior, from
///
/// > Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' Words: Lexical Feature
/// > Selection and Evaluation for Identifying the Content of Political Conflict.
/// > *Political Analysis* 16(4), 372–403. Section 3.5.1, equations 16–22.
///
/// For word w with counts y_a, y_b in the groups, n_a, n_b tokens in each, prior α_w and
/// α_0 = Σ α_w:
///
///     δ_w = log((y_a + α_w) / (n_a + α_0 − y_a − α_w)) − log((y_b + α_w) / (n_b + α_0 − y_b − α_w))
///     σ²_w ≈ 1 / (y_a + α_w) + 1 / (y_b + α_w)
///     z_w = δ_w / σ_w
///
/// The prior is informative, as in the paper: α_w is the word's count in the whole corpus
/// times ``priorScale``.
public enum FightingWords {
    /// α_w = priorScale × (count of w in the whole corpus). A tenth gives the prior the
    /// weight of a tenth of the corpus: enough to pull words seen once or twice towards
    /// zero, small enough that frequent words speak for themselves.
    public static let priorScale = 0.1

    public struct Score: Sendable, Equatable {
        /// The log-odds ratio δ_w: positive when the word leans to group A.
        public var delta: Double
        public var zScore: Double
    }

    /// δ and z for every word, given the counts in group A, group B and the prior
    /// (pseudo-counts α_w, already scaled). All three arrays are indexed by word.
    public static func scores(countsA: [Int], countsB: [Int], prior: [Double]) -> [Score] {
        let totalA = Double(countsA.reduce(0, +))
        let totalB = Double(countsB.reduce(0, +))
        let priorTotal = prior.reduce(0, +)
        return prior.indices.map { word in
            let alpha = prior[word]
            let a = Double(countsA[word])
            let b = Double(countsB[word])
            let delta =
                log((a + alpha) / (totalA + priorTotal - a - alpha))
                - log((b + alpha) / (totalB + priorTotal - b - alpha))
            let variance = 1 / (a + alpha) + 1 / (b + alpha)
            return Score(delta: delta, zScore: delta / variance.squareRoot())
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

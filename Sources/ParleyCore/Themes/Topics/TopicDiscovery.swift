/// Topics found in a set of utterances: NMF on their TF-IDF matrix, then, per topic, its
/// top terms, size, representative utterances and NPMI coherence, and the run's diversity.
public struct TopicDiscovery: Sendable {
    public struct Options: Sendable, Equatable {
        public var topicCount: Int
        public var seed: UInt64
        public var pruning: DocumentTermMatrix.Pruning
        public var maximumIterations: Int

        public static let defaultTopicCount = 10
        public static let defaultSeed: UInt64 = 0

        public init(
            topicCount: Int = defaultTopicCount, seed: UInt64 = defaultSeed,
            pruning: DocumentTermMatrix.Pruning = .init(), maximumIterations: Int = 200
        ) {
            self.topicCount = topicCount
            self.seed = seed
            self.pruning = pruning
            self.maximumIterations = maximumIterations
        }
    }

    public struct Topic: Sendable, Equatable {
        /// 1-based, as the analyst names it (`topics show 3`).
        public var number: Int
        /// Terms by descending weight (``TopicDiscovery/topTermCount`` of them).
        public var terms: [String]
        public var termWeights: [Double]
        /// Utterances whose largest topic weight is this topic's.
        public var size: Int
        /// Corpus indices of the utterances weighing most on this topic, heaviest first.
        public var representatives: [Int]
        /// Mean NPMI of the top ten terms (``TopicCoherence``).
        public var coherence: Double

        public init(
            number: Int, terms: [String], termWeights: [Double], size: Int,
            representatives: [Int], coherence: Double
        ) {
            self.number = number
            self.terms = terms
            self.termWeights = termWeights
            self.size = size
            self.representatives = representatives
            self.coherence = coherence
        }
    }

    /// What the analysis saw and how it went.
    public var options: Options
    public var topics: [Topic]
    /// Topic diversity of the top 25 terms (``TopicCoherence/diversity(_:)``).
    public var diversity: Double
    public var utteranceCount: Int
    public var termCount: Int
    public var iterations: Int
    /// Corpus index of each row of `weights`.
    public var utterances: [Int]
    /// Rows = `utterances`, columns = topics.
    public var weights: DenseMatrix

    /// Terms kept per topic (enough for diversity's 25).
    public static let topTermCount = 25
    public static let representativeCount = 3

    /// Discovers topics in the utterances `indices` of `corpus`.
    ///
    /// Throws ``TopicDiscoveryError`` when there is too little text for the topics asked,
    /// ``CancelledError`` when cancelled. `progress` hears sweeps done of the maximum.
    public static func discover(
        in corpus: Corpus, indices: [Int], options: Options,
        cancellation: Cancellation = .never, progress: ((Int, Int) -> Void)? = nil
    ) throws -> TopicDiscovery {
        let matrix = try DocumentTermMatrix(
            corpus: corpus, indices: indices, pruning: options.pruning, cancellation: cancellation)
        return try discover(
            in: matrix, options: options, cancellation: cancellation, progress: progress)
    }

    /// Discovers topics in an already built matrix (the benchmark builds its own).
    public static func discover(
        in matrix: DocumentTermMatrix, options: Options,
        cancellation: Cancellation = .never, progress: ((Int, Int) -> Void)? = nil
    ) throws -> TopicDiscovery {
        let rows = matrix.weights.rows
        let columns = matrix.weights.columns
        guard options.topicCount >= 1, options.topicCount <= min(rows, columns) else {
            throw TopicDiscoveryError.tooFewTerms(
                topics: options.topicCount, utterances: rows, terms: columns)
        }
        let factorization = try NonnegativeFactorization(
            matrix.weights,
            options: .init(
                rank: options.topicCount, seed: options.seed,
                maximumIterations: options.maximumIterations),
            cancellation: cancellation, progress: progress)
        let coherence = TopicCoherence(counts: matrix.counts, terms: matrix.terms)
        let dominant = TopicAssignment.dominantTopics(factorization.w, threshold: 0)
        let topics = (0..<options.topicCount).map { topic in
            makeTopic(topic, factorization, matrix, coherence, dominant)
        }
        return TopicDiscovery(
            options: options, topics: topics,
            diversity: TopicCoherence.diversity(topics.map(\.terms)), utteranceCount: rows,
            termCount: columns, iterations: factorization.iterations,
            utterances: matrix.utterances, weights: factorization.w)
    }

    private static func makeTopic(
        _ topic: Int, _ factorization: NonnegativeFactorization, _ matrix: DocumentTermMatrix,
        _ coherence: TopicCoherence, _ dominant: [Int?]
    ) -> Topic {
        let h = factorization.h
        let termOrder = topIndices(count: h.columns, limit: topTermCount) { h[topic, $0] }
        let terms = termOrder.map { matrix.terms[$0] }
        let w = factorization.w
        let heaviest = topIndices(count: w.rows, limit: representativeCount) { w[$0, topic] }
            .filter { w[$0, topic] > 0 }
        return Topic(
            number: topic + 1, terms: terms, termWeights: termOrder.map { h[topic, $0] },
            size: dominant.lazy.filter { $0 == topic }.count,
            representatives: heaviest.map { matrix.utterances[$0] },
            coherence: coherence.npmi(Array(terms.prefix(TopicCoherence.defaultTermCount))))
    }

    /// The `limit` indices with the largest scores, largest first, ties by lower index.
    static func topIndices(count: Int, limit: Int, score: (Int) -> Double) -> [Int] {
        var best: [(index: Int, score: Double)] = []
        for index in 0..<count {
            let value = score(index)
            if best.count == limit, let last = best.last, value <= last.score { continue }
            let position = best.firstIndex { value > $0.score } ?? best.count
            best.insert((index, value), at: position)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.index)
    }
}

public enum TopicDiscoveryError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooFewTerms(topics: Int, utterances: Int, terms: Int)

    public var description: String {
        switch self {
        case .tooFewTerms(let topics, let utterances, let terms):
            "cannot find \(topics) topics in \(utterances) utterances with \(terms) terms "
                + "used in at least two of them"
        }
    }
}

/// `terms compare A vs B` over a corpus: counts the words of two groups (and of the whole
/// corpus, for the prior) in one pass, then ranks them by ``FightingWords``.
public struct GroupComparison: Sendable {
    public struct Term: Sendable, Equatable {
        public var term: String
        public var countA: Int
        public var countB: Int
        public var score: FightingWords.Score
    }

    /// Words leaning to A, strongest first.
    public var towardA: [Term]
    /// Words leaning to B, strongest first.
    public var towardB: [Term]
    public var utterancesA: Int
    public var utterancesB: Int

    /// Compares the utterances where `inA` holds with those where `inB` holds (an
    /// utterance may be in both). Stop words are counted but never listed; each side
    /// lists at most `limit` words, and only words with a positive z for it.
    public static func compare(
        in corpus: Corpus, limit: Int, groupA inA: (Int) -> Bool, groupB inB: (Int) -> Bool
    ) -> GroupComparison {
        var counter = TermCounter()
        var corpusCounts: [Int] = []
        var countsA: [Int] = []
        var countsB: [Int] = []
        var sizes = (a: 0, b: 0)
        var ids: [Int32] = []
        for index in corpus.utteranceIndices {
            let a = inA(index)
            let b = inB(index)
            if a { sizes.a += 1 }
            if b { sizes.b += 1 }
            corpus.withTextBytes(of: index) { counter.collectTerms(in: $0, into: &ids) }
            let vocabularySize = counter.vocabulary.count
            if vocabularySize > corpusCounts.count {
                let added = vocabularySize - corpusCounts.count
                corpusCounts.append(contentsOf: repeatElement(0, count: added))
                countsA.append(contentsOf: repeatElement(0, count: added))
                countsB.append(contentsOf: repeatElement(0, count: added))
            }
            for id in ids {
                let term = Int(id)
                corpusCounts[term] += 1
                if a { countsA[term] += 1 }
                if b { countsB[term] += 1 }
            }
        }
        let prior = corpusCounts.map { Double($0) * FightingWords.priorScale }
        let scores = FightingWords.scores(countsA: countsA, countsB: countsB, prior: prior)
        let vocabulary = counter.vocabulary
        let listed = scores.indices.filter {
            !vocabulary.isStopWord[$0] && countsA[$0] + countsB[$0] > 0
        }
        func term(_ id: Int) -> Term {
            Term(
                term: vocabulary.term(id), countA: countsA[id], countB: countsB[id],
                score: scores[id])
        }
        // Strongest first; ties alphabetically (terms are made only for ties).
        func stronger(_ sign: Double) -> (Int, Int) -> Bool {
            { first, second in
                let (x, y) = (sign * scores[first].zScore, sign * scores[second].zScore)
                return x != y ? x > y : vocabulary.term(first) < vocabulary.term(second)
            }
        }
        let towardA = listed.filter { scores[$0].zScore > 0 }.sorted(by: stronger(1))
        let towardB = listed.filter { scores[$0].zScore < 0 }.sorted(by: stronger(-1))
        return GroupComparison(
            towardA: towardA.prefix(limit).map(term), towardB: towardB.prefix(limit).map(term),
            utterancesA: sizes.a, utterancesB: sizes.b)
    }
}

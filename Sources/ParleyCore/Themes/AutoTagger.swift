import Dispatch
import Synchronization

/// A theme the rules put on an utterance, with the rules and words that did it.
public struct RuleTag: Sendable, Equatable {
    /// The utterance's index in the corpus.
    public var utterance: Int
    public var theme: String
    /// ``ThemeEvaluation/summary``: `keyword 'refund' matched "Refund"; …`.
    public var evidence: String
}

/// Runs a codebook's rules over a corpus on all cores.
public enum AutoTagger {
    /// Utterances a worker takes at a time, between checks for cancellation.
    static let chunkSize = 4_096

    /// The rule tags of `indices` (every utterance when nil), ordered by utterance then
    /// codebook order. Throws ``CancelledError`` when cancelled (nothing is returned), or
    /// a ``CodebookError`` for a pattern that does not compile.
    public static func tags(
        of corpus: Corpus, codebook: Codebook, indices: [Int]? = nil,
        cancellation: Cancellation = .never, progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> [RuleTag] {
        let compiled = CompiledRules(codebook)
        _ = try RuleMatcher(compiled, codebook: codebook)  // report bad patterns up front
        let targets = indices ?? Array(corpus.utteranceIndices)
        let chunkCount = (targets.count + chunkSize - 1) / chunkSize
        let results = Mutex<[Int: [RuleTag]]>([:])
        let nextChunk = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let stopped = Atomic<Bool>(false)
        let names = codebook.names
        let work = { @Sendable (_: Int) in
            // Patterns compiled above compile again here: no error is possible.
            guard let matcher = try? RuleMatcher(compiled, codebook: codebook) else { return }
            while true {
                let chunk = nextChunk.add(1, ordering: .relaxed).oldValue
                guard chunk < chunkCount else { return }
                if cancellation.isCancelled {
                    stopped.store(true, ordering: .relaxed)
                    return
                }
                let range = (chunk * chunkSize)..<min((chunk + 1) * chunkSize, targets.count)
                let found = tag(targets[range], of: corpus, with: matcher, names: names)
                results.withLock { $0[chunk] = found }
                progress?(done.add(range.count, ordering: .relaxed).newValue)
            }
        }
        let workers = min(chunkCount, 64)
        if workers <= 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        if stopped.load(ordering: .relaxed) { throw CancelledError() }
        return results.withLock { table in
            (0..<chunkCount).flatMap { table[$0] ?? [] }
        }
    }

    private static func tag(
        _ indices: ArraySlice<Int>, of corpus: Corpus, with matcher: RuleMatcher,
        names: [String]
    ) -> [RuleTag] {
        var found: [RuleTag] = []
        for index in indices {
            let evaluations = corpus.withTextBytes(of: index) { matcher.evaluate($0) }
            for evaluation in evaluations where evaluation.applies {
                found.append(
                    RuleTag(
                        utterance: index, theme: names[evaluation.theme],
                        evidence: evaluation.summary))
            }
        }
        return found
    }
}

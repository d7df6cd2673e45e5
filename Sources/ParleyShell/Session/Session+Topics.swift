import ParleyCore

extension Session {
    /// Discovers topics in the utterances `indices` and keeps the result for `topics show`,
    /// `promote` and `assign` (loading data drops it). Throws ``CancelledError``, leaving
    /// the previous result, when cancelled.
    func discoverTopics(in indices: [Int], options: TopicDiscovery.Options) throws
        -> TopicDiscovery
    {
        let reporter = self.options.progress
        defer { reporter?.finish() }
        var progress: ((Int, Int) -> Void)?
        if let reporter {
            progress = { done, total in reporter.report("discovering topics", done, total) }
        }
        let discovery = try TopicDiscovery.discover(
            in: corpus, indices: indices, options: options,
            cancellation: self.options.cancellation, progress: progress)
        topics = discovery
        return discovery
    }

    /// The last discovery, or the error the commands that read it give.
    func requiredTopics() throws -> TopicDiscovery {
        guard let topics else {
            throw ShellError(
                "no topics discovered in this session",
                suggestion: "run 'topics discover' first (e.g. topics discover k 10)")
        }
        return topics
    }

    /// Topic `number` (1-based) of the last discovery.
    func requiredTopic(_ number: Int) throws -> TopicDiscovery.Topic {
        let discovery = try requiredTopics()
        guard number >= 1, number <= discovery.topics.count else {
            throw ShellError(
                "no topic \(number): the last discovery found \(discovery.topics.count)",
                suggestion: "topics are numbered 1 to \(discovery.topics.count)")
        }
        return discovery.topics[number - 1]
    }
}

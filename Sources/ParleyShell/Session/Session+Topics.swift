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

extension Session {
    /// Tags each utterance of the last discovery with its dominant topic's theme (see
    /// `topics assign`), adding `topic_N` themes to the codebook where needed; returns
    /// how many utterances each topic tagged.
    func assignTopics(threshold: Double) throws -> Table {
        let discovery = try requiredTopics()
        let assignments = TopicAssignment.assignments(discovery, threshold: threshold)
        var themeOfTopic: [Int: String] = [:]
        for topic in discovery.topics {
            let name = promotedTopics[topic.number] ?? "topic_\(topic.number)"
            themeOfTopic[topic.number] = name
            guard themes.codebook.theme(named: name) == nil else { continue }
            let proposal = TopicThemeProposal(topic: topic, name: name)
            do {
                try themes.codebook.add(Theme(name: name, description: proposal.description))
            } catch {
                throw ShellError(error.description)
            }
        }
        let tags = assignments.map { assignment in
            (
                utteranceID: corpus.id(of: assignment.utterance),
                theme: themeOfTopic[assignment.topic] ?? "topic_\(assignment.topic)",
                evidence: "topic \(assignment.topic) weight "
                    + ValueFormatting.text(.double(assignment.weight))
            )
        }
        var outcome = TagLedger.RuleRun()
        let time = options.clock()
        themes.changeLedger { outcome = $0.recordTopicRun(tags, time: time) }
        note(
            "\(outcome.applied) topic tags recorded, \(outcome.unchanged) unchanged, "
                + "\(outcome.withdrawn) withdrawn")
        let rows: [[Value]] = discovery.topics.map { topic in
            let theme = themeOfTopic[topic.number] ?? ""
            return [.int(topic.number), .string(theme), .int(outcome.tagged[theme] ?? 0)]
        }
        return Table(
            columns: [
                .init("topic", alignment: .right), .init("theme"),
                .init("tagged", alignment: .right),
            ],
            rows: rows)
    }
}

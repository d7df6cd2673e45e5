import ParleyCore

/// The table `dialogue` shows: rows of `section`, `measure`, `value`, `count`, `first`,
/// `last` and `bar`, section by section. Cells a section does not use are null.
struct DialogueTable {
    let analysis: DialogueAnalysis
    let corpus: Corpus
    let scores: SentimentColumn
    let isConversation: Bool
    let summary: DialogueSummary

    init(
        _ analysis: DialogueAnalysis, corpus: Corpus, scores: SentimentColumn,
        isConversation: Bool = false
    ) {
        self.analysis = analysis
        self.corpus = corpus
        self.scores = scores
        self.isConversation = isConversation
        summary = DialogueSummary(analysis, corpus: corpus)
    }

    func table() -> Table {
        var rows = overview() + firstResponse() + replyTime()
        rows += shift(SentimentShift(analysis, scores: scores, corpus: corpus))
        if isConversation {
            rows += customers()
        } else {
            rows += loyalty(Loyalty(analysis, corpus: corpus))
        }
        return Table(
            columns: [
                .init("section"), .init("measure"), .init("value", alignment: .right),
                .init("count", alignment: .right), .init("first", alignment: .right),
                .init("last", alignment: .right), .init("bar"),
            ], rows: rows)
    }

    static func row(
        _ section: String, _ measure: String, _ value: Value, count: Int? = nil,
        first: Double? = nil, last: Double? = nil, bar: Double? = nil
    ) -> [Value] {
        [
            .string(section), .string(measure), value, .optional(count, Value.int),
            .optional(first, Value.double), .optional(last, Value.double),
            .optional(bar, Value.bar),
        ]
    }

    private func overview() -> [[Value]] {
        let section = "overview"
        var rows = [
            Self.row(section, "utterances", .int(summary.utterances)),
            Self.row(section, "conversations", .int(summary.conversations)),
            Self.row(section, "customer_started", .int(summary.customerStarted)),
        ]
        for outcome in ConversationOutcome.allCases {
            rows.append(Self.row(section, outcome.rawValue, .int(summary.count(outcome))))
        }
        rows += [
            Self.row(section, "response_rate", .optional(summary.responseRate, Value.double)),
            Self.row(
                section, "turns_per_conversation",
                .optional(summary.turnsPerConversation, Value.double)),
            Self.row(section, "exchanges", .int(summary.exchanges)),
            Self.row(
                section, "exchanges_per_conversation",
                .optional(summary.exchangesPerConversation, Value.double)),
            Self.row(
                section, "organization_share",
                .optional(summary.organizationShare, Value.double)),
        ]
        return rows
    }

    private func firstResponse() -> [[Value]] {
        let section = "first_response"
        var rows = durations(section, summary.firstResponse)
        for gap in ResponseTimeGap.allCases {
            rows.append(Self.row(section, "left_out_" + gap.rawValue, .int(summary.count(gap))))
        }
        let counts = summary.firstResponse.bucketCounts
        let largest = counts.max() ?? 0
        for bucket in ResponseTimeBucket.allCases {
            let count = counts[bucket.rawValue]
            rows.append(
                Self.row(
                    "first_response_histogram", bucket.label, .int(count),
                    bar: largest > 0 ? Double(count) / Double(largest) : 0))
        }
        return rows
    }

    private func replyTime() -> [[Value]] {
        durations("reply_time", summary.replyTime) + [
            Self.row("reply_time", "left_out_untimed", .int(summary.replyTimeUntimed))
        ]
    }

    private func durations(_ section: String, _ summary: DurationSummary) -> [[Value]] {
        [
            Self.row(section, "timed", .int(summary.count)),
            Self.row(section, "median", .optional(summary.median, Value.duration)),
            Self.row(section, "p90", .optional(summary.p90, Value.duration)),
        ]
    }
}

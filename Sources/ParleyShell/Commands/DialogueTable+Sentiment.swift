import ParleyCore

/// The sentiment-shift, per-customer and loyalty sections of `dialogue`.
extension DialogueTable {
    func shift(_ shift: SentimentShift) -> [[Value]] {
        let section = "sentiment_shift"
        var groups: [(String, SentimentShift.Group)] = [
            ("answered", shift.answered), ("unanswered", shift.unanswered),
        ]
        for bucket in ResponseTimeBucket.allCases {
            groups.append(
                ("first_response " + bucket.label, shift.byFirstResponse[bucket.rawValue]))
        }
        groups.append(("first_response untimed", shift.answeredUntimed))
        var rows = groups.map { name, group in
            Self.row(
                section, name, .optional(group.meanShift, Value.double), count: group.customers,
                first: group.meanFirst, last: group.meanLast,
                bar: group.improvedShare)
        }
        rows.append(Self.row(section, "left_out_single_utterance", .int(shift.singleUtterance)))
        rows.append(Self.row(section, "left_out_untimed", .int(shift.untimed)))
        return rows
    }

    /// One conversation: each customer's first and last compound and the shift.
    func customers() -> [[Value]] {
        analysis.customerPresences().map { speaker, first, last, count in
            let firstCompound = first.map { scores.compound(of: $0) }
            let lastCompound = last.map { scores.compound(of: $0) }
            var shift: Value = .null
            if let firstCompound, let lastCompound, count > 1 {
                shift = .double(lastCompound - firstCompound)
            }
            return Self.row(
                "customer", corpus.speaker(speaker).id, shift, count: count,
                first: firstCompound, last: lastCompound)
        }
    }

    func loyalty(_ loyalty: Loyalty) -> [[Value]] {
        let section = "loyalty"
        var rows = [
            Self.row(section, "customers", .int(loyalty.all.customers)),
            Self.row(section, "returning", .int(loyalty.all.returning)),
            Self.row(
                section, "return_rate", .optional(loyalty.all.returnRate, Value.double),
                bar: loyalty.all.returnRate),
        ]
        for (outcome, group) in zip(ConversationOutcome.allCases, loyalty.byFirstConversation) {
            rows.append(
                Self.row(
                    section, "return_rate after " + outcome.rawValue,
                    .optional(group.returnRate, Value.double), count: group.customers,
                    bar: group.returnRate))
        }
        rows.append(
            Self.row(
                section, "returning_across_months", .int(loyalty.overMonths.returning),
                count: loyalty.overMonths.customers, bar: loyalty.overMonths.returnRate))
        return rows
    }
}

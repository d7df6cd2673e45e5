import ParleyCore

/// The table `sentiment` shows: one row per group in four sections (`all`, `label`,
/// `role`, `histogram`), each with its count, share of the utterances summarised, mean
/// compound, and a bar relative to the largest count in its section.
struct SentimentSummary {
    /// The histogram's bins split compound's range −1…1 into this many equal parts; the
    /// last bin includes 1.
    static let binCount = 10
    /// Compound is stored in ten-thousandths, so bins are computed on exact integers.
    static let compoundScale = 10_000

    private struct Group {
        var count = 0
        var sum = 0.0
        mutating func add(_ compound: Double) {
            count += 1
            sum += compound
        }
        var mean: Value { count > 0 ? .double(sum / Double(count)) : .null }
    }

    private var all = Group()
    private var labels = [Group](repeating: Group(), count: SentimentLabel.allCases.count)
    private var roles = [Group](repeating: Group(), count: Role.allCases.count)
    private var bins = [Group](repeating: Group(), count: binCount)

    init(_ indices: [Int], _ scores: SentimentColumn, _ corpus: Corpus) {
        for index in indices {
            let compound = scores.compound(of: index)
            all.add(compound)
            labels[Self.labelOrder(scores[index].label)].add(compound)
            roles[Role.allCases.firstIndex(of: corpus.role(of: index)) ?? 0].add(compound)
            bins[Self.bin(of: compound)].add(compound)
        }
    }

    /// Positive first, as people read a summary.
    static let labelsShown: [SentimentLabel] = [.positive, .neutral, .negative]

    static func labelOrder(_ label: SentimentLabel) -> Int {
        labelsShown.firstIndex(of: label) ?? 0
    }

    /// The bin of `compound`: [−1, −0.8), [−0.8, −0.6), …, [0.8, 1].
    static func bin(of compound: Double) -> Int {
        let scaled = Int((compound * Double(compoundScale)).rounded()) + compoundScale
        let width = 2 * compoundScale / binCount
        return max(0, min(binCount - 1, scaled / width))
    }

    /// The name of bin `index`, as an interval.
    static func binName(_ index: Int) -> String {
        let width = 2.0 / Double(binCount)
        let low = ValueFormatting.text(.double(-1 + Double(index) * width))
        let high = ValueFormatting.text(.double(-1 + Double(index + 1) * width))
        return "[\(low), \(high)" + (index == binCount - 1 ? "]" : ")")
    }

    func table() -> Table {
        var rows = section("all", [("all", all)])
        rows += section(
            "label", zip(Self.labelsShown, labels).map { ($0.rawValue, $1) })
        rows += section("role", zip(Role.allCases, roles).map { ($0.rawValue, $1) })
        rows += section(
            "histogram", bins.indices.map { (Self.binName($0), bins[$0]) })
        return Table(
            columns: [
                .init("section"), .init("group"), .init("count", alignment: .right),
                .init("share", alignment: .right), .init("mean_compound", alignment: .right),
                .init("bar"),
            ], rows: rows)
    }

    private func section(_ name: String, _ groups: [(String, Group)]) -> [[Value]] {
        let largest = groups.map(\.1.count).max() ?? 0
        return groups.map { group, stats in
            [
                .string(name), .string(group), .int(stats.count),
                all.count > 0 ? .double(Double(stats.count) / Double(all.count)) : .null,
                stats.mean, .bar(largest > 0 ? Double(stats.count) / Double(largest) : 0),
            ]
        }
    }
}

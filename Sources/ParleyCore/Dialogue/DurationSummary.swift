/// Order statistics of a list of durations (seconds).
///
/// - median: the middle value, or the mean of the two middle values for an even count
///   (as Python's `statistics.median`);
/// - p90: nearest rank, the value at rank ⌈0.9 × n⌉ (1-based) in ascending order.
public struct DurationSummary: Sendable, Equatable {
    /// The percentile as tenths, so the rank is computed on integers (0.9 × 30 in
    /// floating point is not exactly 27).
    static let percentileTenths = 9

    /// The values in ascending order.
    public let sorted: [Double]

    public init(_ values: [Double]) { sorted = values.sorted() }

    public var count: Int { sorted.count }

    public var median: Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle]) / 2
    }

    public var p90: Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = (Self.percentileTenths * sorted.count + 9) / 10
        return sorted[max(rank, 1) - 1]
    }

    /// How many values fall in each bucket, in ``ResponseTimeBucket`` order.
    public var bucketCounts: [Int] {
        var counts = [Int](repeating: 0, count: ResponseTimeBucket.allCases.count)
        for value in sorted { counts[ResponseTimeBucket(seconds: value).rawValue] += 1 }
        return counts
    }
}

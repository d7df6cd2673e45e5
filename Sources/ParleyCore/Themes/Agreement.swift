/// Chance-corrected agreement coefficients.
public enum Agreement {
    /// Cohen's kappa for two coders who each put every item in one category:
    /// κ = (p_o − p_e) / (1 − p_e), with p_o the share of items they agree on and p_e the
    /// agreement expected from each coder's own category shares (Cohen 1960, "A
    /// coefficient of agreement for nominal scales"). Nil when there are no items or
    /// p_e = 1 (both coders used one and the same category throughout: κ is undefined).
    public static func cohenKappa<Category: Hashable>(_ pairs: [(Category, Category)])
        -> Double?
    {
        guard !pairs.isEmpty else { return nil }
        let total = Double(pairs.count)
        var agreed = 0.0
        var first: [Category: Double] = [:]
        var second: [Category: Double] = [:]
        for (a, b) in pairs {
            if a == b { agreed += 1 }
            first[a, default: 0] += 1
            second[b, default: 0] += 1
        }
        let observed = agreed / total
        var expected = 0.0
        for (category, count) in first {
            expected += (count / total) * ((second[category] ?? 0) / total)
        }
        guard expected < 1 else { return nil }
        return (observed - expected) / (1 - expected)
    }

    /// Krippendorff's alpha for nominal data: α = 1 − D_o / D_e, computed from the
    /// coincidence matrix as α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k
    /// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C).
    ///
    /// `units` holds, for each unit, the values the coders gave it (missing ones left
    /// out, any number of coders). Units with fewer than two values are not pairable and
    /// are ignored. Nil when fewer than two values are pairable or every pairable value is
    /// the same (no variation: α is undefined).
    public static func krippendorffAlphaNominal<Value: Hashable>(_ units: [[Value]])
        -> Double?
    {
        var coincidences: [Value: [Value: Double]] = [:]
        for values in units where values.count >= 2 {
            let weight = 1 / Double(values.count - 1)
            for (i, c) in values.enumerated() {
                for (j, k) in values.enumerated() where i != j {
                    coincidences[c, default: [:]][k, default: 0] += weight
                }
            }
        }
        var marginals: [Value: Double] = [:]
        var disagreeing = 0.0
        for (c, row) in coincidences {
            for (k, count) in row {
                marginals[c, default: 0] += count
                if c != k { disagreeing += count }
            }
        }
        let n = marginals.values.reduce(0, +)
        let sumOfSquares = marginals.values.reduce(0) { $0 + $1 * $1 }
        let expectedPairs = n * n - sumOfSquares
        guard n >= 2, expectedPairs > 0 else { return nil }
        return 1 - (n - 1) * disagreeing / expectedPairs
    }
}

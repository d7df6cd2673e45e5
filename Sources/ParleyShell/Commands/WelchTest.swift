#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Welch's unequal-variances t-test (Welch 1947), two-sided, as `trend` uses it to mark a
/// period whose mean compound fell from the previous period's. Same figures as SciPy's
/// `scipy.stats.ttest_ind(a, b, equal_var=False)`.
struct WelchTest: Equatable {
    /// The t statistic, positive when the first sample's mean is the larger.
    var t: Double
    /// Welch–Satterthwaite degrees of freedom.
    var degreesOfFreedom: Double
    /// The two-sided p-value.
    var p: Double

    /// A sample's count, mean and unbiased variance (n − 1 in the denominator).
    struct Sample: Equatable {
        var count: Int
        var mean: Double
        var variance: Double

        init(_ values: [Double]) {
            count = values.count
            let mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
            self.mean = mean
            let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            variance = values.count > 1 ? squares / Double(values.count - 1) : 0
        }
    }

    /// The test of `first` against `second`; nil when it is undefined: a sample of fewer
    /// than two values, or both samples without any spread.
    init?(_ first: Sample, _ second: Sample) {
        guard first.count >= 2, second.count >= 2 else { return nil }
        let a = first.variance / Double(first.count)
        let b = second.variance / Double(second.count)
        guard a + b > 0 else { return nil }
        t = (first.mean - second.mean) / (a + b).squareRoot()
        let denominator =
            a * a / Double(first.count - 1) + b * b / Double(second.count - 1)
        degreesOfFreedom = (a + b) * (a + b) / denominator
        p = Self.twoSidedP(t: t, degreesOfFreedom: degreesOfFreedom)
    }

    /// P(|T| ≥ |t|) for Student's t with ν degrees of freedom: I_{ν/(ν+t²)}(ν/2, 1/2).
    static func twoSidedP(t: Double, degreesOfFreedom df: Double) -> Double {
        min(1, max(0, IncompleteBeta.regularized(x: df / (df + t * t), a: df / 2, b: 0.5)))
    }
}

/// The regularized incomplete beta function I_x(a, b), by the continued fraction of
/// Numerical Recipes (Press et al., 3rd ed., §6.4, `betai` and `betacf`).
enum IncompleteBeta {
    /// The continued fraction converges in O(√max(a, b)) steps; 300 covers a, b up to
    /// about 10⁴·⁵, more than a t-test of a million values needs (a = ν/2).
    static let maximumIterations = 300
    /// Relative accuracy at which the fraction stops: near double precision.
    static let epsilon = 1e-15
    /// Stands in for zero in Lentz's method, to avoid dividing by it.
    static let tiny = 1e-300

    static func regularized(x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        let front = exp(logFront)
        // The fraction converges quickly only below this point; above it use the symmetry
        // I_x(a, b) = 1 − I_{1−x}(b, a).
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x: x, a: a, b: b) / a
        }
        return 1 - front * continuedFraction(x: 1 - x, a: b, b: a) / b
    }

    /// `betacf`: modified Lentz evaluation of the fraction's even and odd terms.
    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        var c = 1.0
        var d = nonZero(1 - (a + b) * x / (a + 1))
        d = 1 / d
        var result = d
        for m in 1...maximumIterations {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 / nonZero(1 + even * d)
            c = nonZero(1 + even / c)
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 / nonZero(1 + odd * d)
            c = nonZero(1 + odd / c)
            let step = d * c
            result *= step
            if abs(step - 1) < epsilon { break }
        }
        return result
    }

    private static func nonZero(_ value: Double) -> Double {
        abs(value) < tiny ? tiny : value
    }
}

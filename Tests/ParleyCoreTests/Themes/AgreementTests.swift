import ParleyCore
import Testing

@Suite struct AgreementTests {
    /// The two-rater yes/no table of Wikipedia's "Cohen's kappa" article (simple worked
    /// example): both yes 20, A yes B no 5, A no B yes 10, both no 15 (50 items).
    /// By hand: p_o = (20 + 15) / 50 = 0.7; A says yes 25/50, B 30/50, so
    /// p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    @Test func cohenKappaOfTheWorkedExample() throws {
        let pairs =
            Array(repeating: (true, true), count: 20) + Array(repeating: (true, false), count: 5)
            + Array(repeating: (false, true), count: 10)
            + Array(repeating: (false, false), count: 15)
        let kappa = try #require(Agreement.cohenKappa(pairs))
        #expect(abs(kappa - 0.4) < 1e-12)
    }

    @Test func kappaIsUndefinedWithoutVariation() {
        #expect(Agreement.cohenKappa([(true, true), (true, true)]) == nil)
        #expect(Agreement.cohenKappa([(Bool, Bool)]()) == nil)
    }

    @Test func perfectAgreementIsOne() {
        #expect(Agreement.cohenKappa([(1, 1), (2, 2), (1, 1)]) == 1)
    }

    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
    /// nominal data, four observers, twelve units, missing values. By hand: unit 12 has
    /// one value and is not pairable; the coincidences give n_1..n_5 = 9, 13, 10, 5, 3
    /// (n = 40, Σn_c² = 384) and 8 disagreeing pairs, so
    /// α = 1 − (40 − 1)·8 / (40² − 384) = 1 − 312/1216 = 0.743421…
    @Test func krippendorffAlphaOfTheNominalExample() throws {
        let units: [[Int]] = [
            [1, 1, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
            [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [5, 5, 5], [1, 1], [3],
        ]
        let alpha = try #require(Agreement.krippendorffAlphaNominal(units))
        #expect(abs(alpha - (1 - 312.0 / 1216.0)) < 1e-12)
    }

    @Test func alphaIsUndefinedWithoutPairableVariation() {
        #expect(Agreement.krippendorffAlphaNominal([[1, 1], [1, 1]]) == nil)
        #expect(Agreement.krippendorffAlphaNominal([[1], [2]]) == nil)
    }
}

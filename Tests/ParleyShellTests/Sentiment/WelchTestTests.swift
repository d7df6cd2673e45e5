import Foundation
import Testing

@testable import ParleyShell

/// Expected values from SciPy 1.17.1: `scipy.stats.ttest_ind(b, a, equal_var=False)`.
@Suite struct WelchTestTests {
    static func test(_ first: [Double], _ second: [Double]) -> WelchTest? {
        WelchTest(WelchTest.Sample(first), WelchTest.Sample(second))
    }

    @Test func smallSamplesMatchSciPy() throws {
        let test = try #require(
            Self.test([-0.7734, -0.5, 0.1, -0.2], [0.8341, 0.9284, 0.5, 0.7, 0.65]))
        #expect(abs(test.t - -5.260322632450674) < 1e-12)
        #expect(abs(test.degreesOfFreedom - 3.9305368800926126) < 1e-10)
        #expect(abs(test.p - 0.006563648998063629) < 1e-12)
    }

    @Test func unequalSizesMatchSciPy() throws {
        let test = try #require(
            Self.test([0.05, 0.15, 0.1, 0.3], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]))
        #expect(abs(test.t - -2.5537695922762453) < 1e-12)
        #expect(abs(test.degreesOfFreedom - 8.966101694915254) < 1e-10)
        #expect(abs(test.p - 0.031091255643581527) < 1e-12)
    }

    @Test func largeSamplesMatchSciPy() throws {
        let a = (0..<500).map { sin(Double($0)) }
        let b = (0..<300).map { 1.2 * cos(Double($0)) - 0.1 }
        let test = try #require(Self.test(b, a))
        #expect(abs(test.t - -1.8053099095158487) < 1e-10)
        #expect(abs(test.degreesOfFreedom - 542.2960277574242) < 1e-8)
        #expect(abs(test.p - 0.07158067527446388) < 1e-10)
    }

    @Test func swappingTheSamplesFlipsTButKeepsP() throws {
        let a = [0.1, 0.4, 0.35, 0.8]
        let b = [-0.2, 0.0, 0.1]
        let forward = try #require(Self.test(a, b))
        let backward = try #require(Self.test(b, a))
        #expect(forward.t == -backward.t)
        #expect(abs(forward.p - backward.p) < 1e-15)
        #expect(forward.t > 0)
    }

    @Test func undefinedWithoutSpreadOrWithOneValue() {
        #expect(Self.test([0.5], [0.1, 0.2]) == nil)
        #expect(Self.test([0.5, 0.5], [0.1, 0.1]) == nil)
        #expect(Self.test([], []) == nil)
    }

    @Test func incompleteBetaKnownValues() {
        // I_x(1, 1) = x; I_x(a, b) = 1 − I_{1−x}(b, a); I_0.5(a, a) = 0.5.
        #expect(abs(IncompleteBeta.regularized(x: 0.3, a: 1, b: 1) - 0.3) < 1e-14)
        #expect(abs(IncompleteBeta.regularized(x: 0.5, a: 7.5, b: 7.5) - 0.5) < 1e-14)
        let left = IncompleteBeta.regularized(x: 0.2, a: 2.5, b: 4)
        let right = IncompleteBeta.regularized(x: 0.8, a: 4, b: 2.5)
        #expect(abs(left + right - 1) < 1e-14)
    }
}

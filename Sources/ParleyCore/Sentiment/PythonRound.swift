/// Python's `round(x, ndigits)` for floats, which the reference applies to every score.
///
/// CPython rounds the exact binary value of `x` to `ndigits` decimals (ties to even, via
/// `_Py_dg_dtoa` mode 3) and returns the double nearest that decimal. Multiplying by a power
/// of ten in floating point first would round twice and differ on some values; this does the
/// multiplication exactly in 128-bit integers instead.
enum PythonRound {
    static func round(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let scale = powerOfTen(decimals)
        let magnitude = value.magnitude
        let significand =
            UInt128(magnitude.significandBitPattern)
            | (magnitude.isNormal ? UInt128(1) << 52 : 0)
        let exponent = Int(magnitude.exponentBitPattern) - 1075 + (magnitude.isNormal ? 0 : 1)
        // An integer already (|x| ≥ 2^52): nothing to round.
        guard exponent < 0 else { return value }
        let rounded = roundShiftedRight(significand * UInt128(scale), by: -exponent)
        // Scores are small, so the cheap 64-bit conversion (exact below 2^53) nearly always
        // applies; the 128-bit one keeps huge values right.
        let exactLimit: UInt128 = 1 << 53
        let decimal =
            rounded < exactLimit ? Double(UInt64(truncatingIfNeeded: rounded)) : Double(rounded)
        let result = decimal / Double(scale)
        return value < 0 ? -result : result
    }

    /// `numerator / 2^shift` rounded to the nearest integer, ties to even.
    private static func roundShiftedRight(_ numerator: UInt128, by shift: Int) -> UInt128 {
        guard shift < 127 else { return 0 }
        let quotient = numerator >> shift
        let remainder = numerator & ((UInt128(1) << shift) - 1)
        let half = UInt128(1) << (shift - 1)
        if remainder > half || (remainder == half && quotient & 1 == 1) {
            return quotient + 1
        }
        return quotient
    }

    private static func powerOfTen(_ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}

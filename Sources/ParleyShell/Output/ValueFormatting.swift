/// The one place where values become text, for every mode except JSON (see `JSONWriter`).
///
/// A caller can rely on: ints plain (`-3`); doubles with at most 4 decimals, trailing zeros
/// trimmed and `-0` shown as `0`; times as ISO 8601 UTC (`TimeFormatting.iso8601`);
/// durations as `45s`, `1m 30s`, `3h 5m`, `2d 4h` (`TimeFormatting.duration`); `true` /
/// `false`; null as the empty string; lists joined with `, `; records as `name=value`
/// pairs joined with spaces. The result is raw text: escaping happens later, per mode.
enum ValueFormatting {
    static func text(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .string(let text), .text(let text): text
        case .int(let number): String(number)
        case .double(let number): decimal(number) ?? nonFinite(number)
        case .bool(let flag): flag ? "true" : "false"
        case .time(let seconds): TimeFormatting.iso8601(seconds) ?? ""
        case .duration(let seconds): TimeFormatting.duration(seconds)
        case .bar(let fraction): BarDrawing.text(fraction)
        // Values are built by commands, never nested by corpus data, so recursion is bounded.
        case .list(let items): items.map(text).joined(separator: ", ")
        case .record(let record):
            record.fields.map { $0.name + "=" + text($0.value) }.joined(separator: " ")
        }
    }

    /// Decimal places kept for doubles: enough for sentiment scores (VADER reports 4).
    static let decimalPlaces = 4
    private static let scale = 10_000.0  // 10 ^ decimalPlaces
    /// Below this magnitude `x * scale` is an exact integer in an Int64; above it a double
    /// has no fractional digits worth showing.
    private static let scaledLimit = 1e15

    /// `number` with at most 4 decimals, trailing zeros trimmed, `-0` as `0`; `nil` when
    /// the number is not finite. Also valid as a JSON number.
    static func decimal(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        if abs(number) >= scaledLimit {
            if abs(number) < 9e18 { return String(Int64(number)) }
            return "\(number)"  // e.g. 1e+20: still a valid JSON number
        }
        let scaled = Int64((number * scale).rounded())
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt64(scale)
        let fraction = magnitude % UInt64(scale)
        let sign = scaled < 0 ? "-" : ""
        guard fraction > 0 else { return sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: decimalPlaces - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + String(whole) + "." + digits
    }

    private static func nonFinite(_ number: Double) -> String {
        number.isNaN ? "nan" : (number < 0 ? "-inf" : "inf")
    }

    /// `1234567` as `1,234,567`, for counts shown to people.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// Whether a value is a number that CSV must not treat as formula text.
    static func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int: true
        case .double(let number): number.isFinite
        default: false
        }
    }
}

/// Times and durations as text, computed by hand so that every platform and every run
/// gives the same bytes (no locale, no time zone database, no Foundation formatter).
enum TimeFormatting {
    private static let secondsPerMinute = 60
    private static let secondsPerHour = 3_600
    private static let secondsPerDay = 86_400
    private static let millisecondsPerDay: Int64 = 86_400_000
    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years ISO 8601 writes in
    /// four digits. Times outside are shown as seconds.
    private static let earliest = -62_135_596_800.0
    private static let latest = 253_402_300_799.0

    /// `2017-10-31T22:10:47Z`, with `.123` milliseconds only when they are not zero; `nil`
    /// for a non-finite time; seconds as a decimal for years outside 1…9999.
    static func iso8601(_ seconds: Double) -> String? {
        guard seconds.isFinite else { return nil }
        guard seconds >= earliest, seconds <= latest else {
            return ValueFormatting.decimal(seconds)
        }
        let milliseconds = Int64((seconds * 1000).rounded())
        let days = floorDivide(milliseconds, millisecondsPerDay)
        let ofDay = Int(milliseconds - days * millisecondsPerDay)
        let date = civilDate(daysSinceEpoch: days)
        let second = ofDay / 1000
        // Digits go into a fixed buffer: this runs once per row in streaming modes.
        var bytes = [UInt8]()
        bytes.reserveCapacity(24)
        appendDigits(date.year, 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(date.month, 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(date.day, 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(second / secondsPerHour, 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(second % secondsPerHour / secondsPerMinute, 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(second % secondsPerMinute, 2, to: &bytes)
        if ofDay % 1000 != 0 {
            bytes.append(UInt8(ascii: "."))
            appendDigits(ofDay % 1000, 3, to: &bytes)
        }
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `number` (not negative) as exactly `count` decimal digits, zero-padded.
    private static func appendDigits(_ number: Int, _ count: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `45s`, `1m 30s`, `14m`, `3h 5m`, `2d 4h`: the two largest units, the second left
    /// out when it is zero; whole seconds, rounded toward zero; `-` before negative spans;
    /// empty for a non-finite duration.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "" }
        let sign = seconds <= -1 ? "-" : ""
        guard abs(seconds) < 9e18 else { return sign + "\(abs(seconds).rounded(.down))s" }
        let total = Int(abs(seconds).rounded(.down))
        if total < secondsPerMinute { return sign + "\(total)s" }
        if total < secondsPerHour {
            return sign + pair(total / secondsPerMinute, "m", total % secondsPerMinute, "s")
        }
        if total < secondsPerDay {
            let minutes = total % secondsPerHour / secondsPerMinute
            return sign + pair(total / secondsPerHour, "h", minutes, "m")
        }
        let hours = total % secondsPerDay / secondsPerHour
        return sign + pair(total / secondsPerDay, "d", hours, "h")
    }

    private static func pair(_ major: Int, _ majorUnit: String, _ minor: Int, _ minorUnit: String)
        -> String
    {
        minor == 0 ? "\(major)\(majorUnit)" : "\(major)\(majorUnit) \(minor)\(minorUnit)"
    }

    private static func floorDivide(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        let quotient = numerator / denominator
        return numerator % denominator < 0 ? quotient - 1 : quotient
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date: Howard Hinnant's
    /// `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html), which
    /// counts in 400-year eras of 146,097 days starting on March 1.
    static func civilDate(daysSinceEpoch days: Int64) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468  // days from 0000-03-01 to 1970-01-01
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153  // 0 = March
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}

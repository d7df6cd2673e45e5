/// Reads the timestamp forms found in comment data, by hand: `DateFormatter` is slow and
/// depends on the locale.
///
/// Accepted: epoch seconds (integer or decimal; values above ``millisecondThreshold`` are
/// taken as milliseconds), ISO 8601 (`2017-10-31T22:10:47Z`, fractional seconds, `+01:00`
/// or `+0100` offsets, a space instead of `T`, a date alone) and Twitter's
/// `Tue Oct 31 22:10:47 +0000 2017`. All results are seconds since 1970-01-01T00:00:00Z.
public enum TimestampParser {
    /// Epoch values above this are milliseconds: 1e11 seconds is the year 5138, while 1e11
    /// milliseconds is 1973, so real data is never ambiguous.
    public static let millisecondThreshold = 1e11

    /// Parses a timestamp string; nil when it is none of the accepted forms.
    public static func parse(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { parse($0) }
    }

    /// Parses a timestamp given as UTF-8 bytes; nil when it is none of the accepted forms.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let trimmed = trim(bytes)
        guard !trimmed.isEmpty else { return nil }
        if let epoch = parseDecimal(trimmed) { return fromEpoch(epoch) }
        if let iso = parseISO(trimmed) { return iso }
        return parseTwitter(trimmed)
    }

    /// An epoch number as seconds (milliseconds scaled down).
    public static func fromEpoch(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        return abs(value) > millisecondThreshold ? value / 1000 : value
    }

    /// A plain decimal number: optional sign, digits, optional fraction. No exponent.
    static func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var scanner = ByteScanner(bytes)
        let negative = scanner.take(UInt8(ascii: "-"))
        guard let whole = scanner.digits(max: 18) else { return nil }
        var value = Double(whole.value)
        if scanner.take(UInt8(ascii: ".")) {
            guard let fraction = scanner.digits(max: 18) else { return nil }
            value += Double(fraction.value) / pow10(fraction.count)
        }
        guard scanner.atEnd else { return nil }
        return negative ? -value : value
    }

    /// `YYYY-MM-DD`, optionally followed by `T` or a space, `hh:mm[:ss[.fff]]` and a zone.
    /// A time without a zone is taken as UTC.
    static func parseISO(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var scanner = ByteScanner(bytes)
        guard let year = scanner.fixedDigits(4), scanner.take(UInt8(ascii: "-")),
            let month = scanner.fixedDigits(2), scanner.take(UInt8(ascii: "-")),
            let day = scanner.fixedDigits(2), let date = CivilDate(year, month, day)
        else { return nil }
        if scanner.atEnd { return date.epochSeconds }
        guard scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: " ")),
            let clock = scanner.clock(requireSeconds: false)
        else { return nil }
        let zone = scanner.atEnd ? 0 : scanner.zoneOffset(colonOptional: true)
        guard let zone, scanner.atEnd else { return nil }
        return date.epochSeconds + clock - zone
    }

    /// Twitter's `created_at`: `Tue Oct 31 22:10:47 +0000 2017`.
    static func parseTwitter(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var scanner = ByteScanner(bytes)
        guard scanner.threeLetterCode() != nil, scanner.take(UInt8(ascii: " ")),
            let monthName = scanner.threeLetterCode(), let month = monthNumber(monthName),
            scanner.take(UInt8(ascii: " ")), let day = scanner.digits(max: 2),
            scanner.take(UInt8(ascii: " ")), let clock = scanner.clock(requireSeconds: true),
            scanner.take(UInt8(ascii: " ")), let zone = scanner.zoneOffset(colonOptional: true),
            scanner.take(UInt8(ascii: " ")), let year = scanner.fixedDigits(4), scanner.atEnd,
            let date = CivilDate(year, month, Int(day.value))
        else { return nil }
        return date.epochSeconds + clock - zone
    }

    // Month names as packed codes: a timestamp a row, so no `String` for the name.
    private static let monthCodes: [UInt32] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ].map { ByteScanner.packedLowercase($0) }

    private static func monthNumber(_ code: UInt32) -> Int? {
        monthCodes.firstIndex(of: code).map { $0 + 1 }
    }

    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}

/// A proleptic Gregorian calendar date.
struct CivilDate {
    var year: Int
    var month: Int
    var day: Int

    init?(_ year: Int, _ month: Int, _ day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Seconds from the epoch to midnight UTC of this date, by Howard Hinnant's
    /// `days_from_civil` (http://howardhinnant.github.io/date_algorithms.html).
    var epochSeconds: Double {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Double(days) * 86_400
    }
}

/// Calendar periods for `count by day|week|month|quarter`, in UTC.
public enum TimeBucket: String, Sendable, CaseIterable {
    case day, week, month, quarter

    static let secondsPerDay = 86_400.0

    /// The period holding `seconds`, named so that names sort in time order:
    /// `2024-05-06`, `2024-W19` (ISO 8601 week, with its ISO year), `2024-05`, `2024-Q2`.
    public func label(of seconds: Double) -> String {
        let days = Int((seconds / Self.secondsPerDay).rounded(.down))
        let date = Self.civil(fromDays: days)
        switch self {
        case .day:
            return "\(Self.pad(date.year, 4))-\(Self.pad(date.month, 2))-\(Self.pad(date.day, 2))"
        case .month: return "\(Self.pad(date.year, 4))-\(Self.pad(date.month, 2))"
        case .quarter: return "\(Self.pad(date.year, 4))-Q\((date.month - 1) / 3 + 1)"
        case .week:
            let week = Self.isoWeek(days: days)
            return "\(Self.pad(week.year, 4))-W\(Self.pad(week.week, 2))"
        }
    }

    /// ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday.
    static func isoWeek(days: Int) -> (year: Int, week: Int) {
        // 1970-01-01 was a Thursday; Monday = 0.
        let weekday = ((days % 7) + 7 + 3) % 7
        let thursday = days - weekday + 3
        let year = civil(fromDays: thursday).year
        let firstOfYear = Self.days(fromCivil: year, 1, 1)
        return (year, (thursday - firstOfYear) / 7 + 1)
    }

    /// Howard Hinnant's `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        Int((CivilDate(year, month, day)?.epochSeconds ?? 0) / secondsPerDay)
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// How a bare run that starts with a digit reads: a number, a time, a duration or a word.
enum QueryLiteralText {
    /// Seconds in each duration unit.
    static let durationUnits: [Character: Double] = [
        "s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800,
    ]

    static func classify(_ text: String, column: Int) throws(QueryError) -> QueryToken.Kind {
        if let number = Double(text), text.allSatisfy({ $0.isNumber || $0 == "." }) {
            return .number(number)
        }
        if looksLikeDate(text) {
            // The timestamp parser rolls 2024-02-30 over into March; a typed date must exist.
            guard let time = TimestampParser.parse(text),
                TimeBucket.day.label(of: time) == String(text.prefix(10))
            else {
                throw QueryError(
                    "'\(text)' is not a valid date or time (use 2024-05-01 or 2024-05-01T14:30)",
                    column: column)
            }
            return .time(time)
        }
        if let unit = text.last, let seconds = durationUnits[unit],
            let amount = Double(text.dropLast()), text.dropLast().allSatisfy({ $0 != "-" })
        {
            return .duration(amount * seconds)
        }
        return .word(text)
    }

    /// `YYYY-MM-…`: four digits and a dash.
    private static func looksLikeDate(_ text: String) -> Bool {
        let characters = Array(text.prefix(5))
        return characters.count == 5 && characters[0..<4].allSatisfy(\.isNumber)
            && characters[4] == "-"
    }
}

import ParleyCore

/// Writes a deterministic "Customer Support on Twitter"-style CSV, as pandas wrote the
/// real one: `tweet_id,author_id,inbound,created_at,text,response_tweet_id,
/// in_response_to_tweet_id`, Twitter dates, parents as floats (`12.0`), several response
/// ids in one quoted cell, and quoted texts with commas, quotes and line breaks.
///
/// Conversations alternate a customer and a brand's support account, two to eight tweets
/// long, each tweet answering the one before.
struct TWCSGenerator {
    var random: SplitMix64
    let count: Int

    static let header =
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
    static let brands = [
        "AppleSupport", "AmazonHelp", "Uber_Support", "SpotifyCares",
        "comcastcares", "TMobileHelp", "Delta", "sprintcare",
    ]
    static let firstTimestamp = 1_506_816_000  // 2017-10-01
    static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // from 1970-01-01
    static let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec",
    ]

    init(count: Int, seed: UInt64) {
        self.count = count
        random = SplitMix64(seed: seed)
    }

    /// Calls `emit` with the header, then each row (newline included).
    mutating func generate(_ emit: (String) -> Void) {
        emit(Self.header)
        var written = 0
        while written < count {
            let length = min(count - written, 2 + random.next(below: 7))
            let customer = "\(100_000 + random.next(below: 700_000))"
            let brand = Self.brands[random.next(below: Self.brands.count)]
            var time = Self.firstTimestamp + written * 2
            for turn in 0..<length {
                let id = written + 1
                let inbound = turn % 2 == 0
                let responses = turn + 1 < length ? "\(id + 1)" : ""
                let parent = turn == 0 ? "" : "\(id - 1).0"
                let author = inbound ? customer : brand
                let text = self.text(inbound: inbound, brand: brand, customer: customer)
                emit(
                    "\(id),\(author),\(inbound ? "True" : "False"),\(Self.date(time)),"
                        + "\(text),\(responses),\(parent)\n")
                time += 60 + random.next(below: 3_600)
                written += 1
            }
        }
    }

    /// A quoted tweet text: words, a mention, sometimes a comma, quotes or a line break.
    private mutating func text(inbound: Bool, brand: String, customer: String) -> String {
        var text = inbound ? "@\(brand)" : "@\(customer)"
        let words = 6 + random.next(below: 18)
        for word in 0..<words {
            text += word > 0 && random.next(below: 12) == 0 ? ", " : " "
            let next = WordList.words[random.next(below: WordList.words.count)]
            text += random.next(below: 40) == 0 ? "\"\"\(next)\"\"" : next
        }
        if random.next(below: 10) == 0 { text += "\nThanks" }
        if !inbound { text += " ^" + String(UnicodeScalar(UInt8(65 + random.next(below: 26)))) }
        return "\"" + text + "\""
    }

    /// `Tue Oct 31 22:10:47 +0000 2017` for epoch seconds (civil-from-days, H. Hinnant).
    static func date(_ seconds: Int) -> String {
        let days = seconds / 86_400
        let rest = seconds % 86_400
        let era = (days + 719_468) / 146_097
        let dayOfEra = days + 719_468 - era * 146_097
        let yearOfEra =
            (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096)
            / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekdays[days % 7]) \(months[month - 1]) \(two(day)) \(two(rest / 3_600)):"
            + "\(two(rest / 60 % 60)):\(two(rest % 60)) +0000 \(year)"
    }
}

/// Parses times, remembering the last day read in Twitter's `created_at` format
/// (`Sun Oct 01 00:59:45 +0000 2017`): consecutive TWCS rows mostly share a day, and
/// reading the weekday, month, zone and year again for every row was a seventh of
/// parsing the file. A text of the remembered day costs only its clock; anything else goes
/// to ``TimestampParser/parse(_:)``, so the answers are the same.
struct TwitterTimeCache {
    /// The last Twitter-format text parsed in full, and its value less its clock.
    private var day: [UInt8] = []
    private var dayStart = 0.0

    /// Where the clock sits in a Twitter-format text, and the text's length.
    private static let clock = 11..<19
    private static let length = 30

    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard bytes.count == Self.length, let clock = Self.clockSeconds(bytes) else {
            return TimestampParser.parse(bytes)
        }
        if day.count == Self.length, sameDay(bytes) { return dayStart + clock }
        guard let value = TimestampParser.parseTwitter(bytes) else {
            return TimestampParser.parse(bytes)
        }
        day = Array(bytes)
        dayStart = value - clock
        return value
    }

    /// Whether `bytes` equal the remembered day outside the clock.
    private func sameDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        day.withUnsafeBufferPointer { day in
            for index in 0..<Self.clock.lowerBound where day[index] != bytes[index] {
                return false
            }
            for index in Self.clock.upperBound..<Self.length where day[index] != bytes[index] {
                return false
            }
            return true
        }
    }

    /// `hh:mm:ss` at the clock's place as seconds, with the ranges
    /// ``ByteScanner/clock(requireSeconds:)`` accepts; nil for anything else.
    private static func clockSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let start = clock.lowerBound
        guard bytes[start + 2] == UInt8(ascii: ":"), bytes[start + 5] == UInt8(ascii: ":"),
            let hours = twoDigits(bytes, start), hours < 24,
            let minutes = twoDigits(bytes, start + 3), minutes < 60,
            let seconds = twoDigits(bytes, start + 6), seconds <= 60
        else { return nil }
        return Double(hours * 3600 + minutes * 60 + seconds)
    }

    private static func twoDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int? {
        let (tens, ones) = (bytes[at] &- 0x30, bytes[at + 1] &- 0x30)
        guard tens < 10, ones < 10 else { return nil }
        return Int(tens) * 10 + Int(ones)
    }
}

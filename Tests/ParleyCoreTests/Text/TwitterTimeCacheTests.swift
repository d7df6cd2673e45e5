import Testing

@testable import ParleyCore

/// The cache must answer exactly as ``TimestampParser/parse(_:)`` does, whatever comes.
@Suite struct TwitterTimeCacheTests {
    private func parse(_ texts: [String]) -> [Double?] {
        var cache = TwitterTimeCache()
        return texts.map { text in
            var copy = text
            return copy.withUTF8 { cache.parse($0) }
        }
    }

    private func reference(_ texts: [String]) -> [Double?] {
        texts.map { text in
            var copy = text
            return copy.withUTF8 { TimestampParser.parse($0) }
        }
    }

    @Test func answersAsTheParserDoesForAWholeMixedSequence() {
        let texts = [
            "Sun Oct 01 00:00:00 +0000 2017",
            "Sun Oct 01 00:59:45 +0000 2017",
            "Sun Oct 01 23:59:60 +0000 2017",  // a leap second, as the parser allows
            "Sun Oct 01 24:00:00 +0000 2017",  // no such hour
            "Sun Oct 01 23:60:00 +0000 2017",
            "Sun Oct 01 23:59:61 +0000 2017",
            "Sun Oct 01 2a:00:00 +0000 2017",
            "Mon Oct 02 08:15:00 +0000 2017",  // the next day
            "Sun Oct 01 12:00:00 +0000 2017",  // back again
            "Sun Oct 01 12:00:00 +0200 2017",  // another zone
            "Sun Oct 01 12:00:00 +0000 2018",  // another year
            "Xyz Oct 01 12:00:00 +0000 2017",
            "Sun Oct 32 12:00:00 +0000 2017",
            "Sun Oct 01 12:00:00 +0000 2017 ",  // longer: the parser's own path
            "2017-10-01T00:59:45.1234+00:00",  // ISO, thirty bytes, colons where a clock is
            "2017-10-01T00:59:46.1234+00:00",
            "1506815985",
            "",
            "Sun Oct 01 07:07:07 +0000 2017",
        ]
        #expect(parse(texts) == reference(texts))
        #expect(parse(texts)[1] == 1_506_819_585)
    }

    @Test func aDayChangeIsNotTakenForTheRememberedDay() {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let texts = (0..<400).map { step in
            let clock = step * 7919 % 86_400
            return "Sun Oct \(two(1 + step % 28)) \(two(clock / 3600)):\(two(clock / 60 % 60)):"
                + "\(two(clock % 60)) +0000 2017"
        }
        #expect(parse(texts) == reference(texts))
        #expect(Set(parse(texts).map { $0 == nil }) == [false])
    }
}

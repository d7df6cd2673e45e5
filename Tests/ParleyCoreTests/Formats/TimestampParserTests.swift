import Testing

@testable import ParleyCore

@Suite struct TimestampParserTests {
    /// 2017-10-31T22:10:47Z.
    static let instant = 1_509_487_847.0

    static let accepted: [(String, Double)] = [
        ("1509487847", instant),
        ("1509487847.25", instant + 0.25),
        ("1509487847000", instant),
        ("2017-10-31T22:10:47Z", instant),
        ("2017-10-31T22:10:47.125Z", instant + 0.125),
        ("2017-10-31T23:10:47+01:00", instant),
        ("2017-10-31T17:10:47-0500", instant),
        ("2017-10-31 22:10:47", instant),
        ("2017-10-31T22:10Z", instant - 47),
        ("2017-10-31", instant - (22 * 3600 + 10 * 60 + 47)),
        ("Tue Oct 31 22:10:47 +0000 2017", instant),
        ("Wed Nov 01 00:10:47 +0200 2017", instant),
        ("  2017-10-31T22:10:47Z ", instant),
        ("1970-01-01", 0),
        ("1969-12-31T23:59:59Z", -1),
        ("2000-02-29T00:00:00Z", 951_782_400),
    ]

    @Test(arguments: accepted)
    func parses(text: String, expected: Double) {
        #expect(TimestampParser.parse(text) == expected)
    }

    @Test(arguments: [
        "", "xyz", "2017-13-01", "2017-10-32", "2017-10-31T25:00:00Z", "2017-10-31T22:10:47Q",
        "Tue Foo 31 22:10:47 +0000 2017", "12abc", "2017/10/31", "1e9",
    ])
    func rejects(text: String) {
        #expect(TimestampParser.parse(text) == nil)
    }
}

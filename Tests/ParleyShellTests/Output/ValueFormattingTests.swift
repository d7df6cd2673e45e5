import Testing

@testable import ParleyShell

@Suite struct ValueFormattingTests {
    @Test func doublesHaveAtMostFourDecimals() {
        #expect(ValueFormatting.text(.double(0.5)) == "0.5")
        #expect(ValueFormatting.text(.double(1)) == "1")
        #expect(ValueFormatting.text(.double(0.123456)) == "0.1235")
        #expect(ValueFormatting.text(.double(-2.10)) == "-2.1")
        #expect(ValueFormatting.text(.double(-0.00001)) == "0")
        #expect(ValueFormatting.text(.double(-0.0)) == "0")
        #expect(ValueFormatting.text(.double(0.0001)) == "0.0001")
        #expect(ValueFormatting.text(.double(123_456_789.25)) == "123456789.25")
        #expect(ValueFormatting.text(.double(2e15)) == "2000000000000000")
        #expect(ValueFormatting.text(.double(.nan)) == "nan")
        #expect(ValueFormatting.text(.double(-.infinity)) == "-inf")
    }

    @Test func timesAreISO8601InUTC() {
        #expect(ValueFormatting.text(.time(1_509_487_847)) == "2017-10-31T22:10:47Z")
        #expect(ValueFormatting.text(.time(1_509_487_847.25)) == "2017-10-31T22:10:47.250Z")
        #expect(ValueFormatting.text(.time(0)) == "1970-01-01T00:00:00Z")
        #expect(ValueFormatting.text(.time(-1)) == "1969-12-31T23:59:59Z")
        #expect(ValueFormatting.text(.time(951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(ValueFormatting.text(.time(253_402_300_799)) == "9999-12-31T23:59:59Z")
        #expect(ValueFormatting.text(.time(-62_135_596_800)) == "0001-01-01T00:00:00Z")
        #expect(ValueFormatting.text(.time(1e300)).hasPrefix("1"))  // out of range: seconds
        #expect(ValueFormatting.text(.time(.nan)) == "")
    }

    @Test func durationsUseTheTwoLargestUnits() {
        #expect(ValueFormatting.text(.duration(45)) == "45s")
        #expect(ValueFormatting.text(.duration(14 * 60)) == "14m")
        #expect(ValueFormatting.text(.duration(90)) == "1m 30s")
        #expect(ValueFormatting.text(.duration(3 * 3_600 + 5 * 60 + 59)) == "3h 5m")
        #expect(ValueFormatting.text(.duration(2 * 86_400 + 4 * 3_600)) == "2d 4h")
        #expect(ValueFormatting.text(.duration(86_400)) == "1d")
        #expect(ValueFormatting.text(.duration(0.4)) == "0s")
        #expect(ValueFormatting.text(.duration(-120)) == "-2m")
        #expect(ValueFormatting.text(.duration(.infinity)) == "")
        #expect(!ValueFormatting.text(.duration(1e300)).isEmpty)
    }

    @Test func otherValues() {
        #expect(ValueFormatting.text(.null) == "")
        #expect(ValueFormatting.text(.bool(true)) == "true")
        #expect(ValueFormatting.text(.int(-42)) == "-42")
        #expect(ValueFormatting.text(.list(["a", 2, .double(0.5)])) == "a, 2, 0.5")
        #expect(ValueFormatting.text(.record(["pos": 3, "neg": 1])) == "pos=3 neg=1")
        #expect(ValueFormatting.text(.text("as is")) == "as is")
    }

    @Test func countsAreGroupedByThousands() {
        #expect(ValueFormatting.grouped(0) == "0")
        #expect(ValueFormatting.grouped(999) == "999")
        #expect(ValueFormatting.grouped(1_234) == "1,234")
        #expect(ValueFormatting.grouped(1_234_567) == "1,234,567")
        #expect(ValueFormatting.grouped(-1_000) == "-1,000")
    }

    @Test func sameInputSameBytes() {
        let result = CommandResult.table(RenderFixtures.table)
        for mode in OutputMode.allCases {
            #expect(RenderFixtures.render(result, mode) == RenderFixtures.render(result, mode))
        }
    }
}

import Testing

@testable import ParleyCore

@Suite struct TimeColumnTests {
    @Test func wholeSecondsAndMissingTimesTakeFourBytes() {
        var times = TimeColumn()
        let values: [Double] = [1_506_816_000, .nan, 1_506_819_585, 1_400_000_000, 0]
        for value in values { times.append(value) }
        #expect(times.count == 5)
        #expect(times.byteCount == 20)
        #expect(times[0] == 1_506_816_000)
        #expect(times[1].isNaN)
        #expect(times[2] == 1_506_819_585)
        #expect(times[3] == 1_400_000_000)
        #expect(times[4] == 0)
    }

    /// A fraction, or a time more than 68 years from the first, keeps every value exact.
    @Test func aFractionOrAFarTimeSwitchesToDoubles() {
        for odd in [1_506_816_000.25, 1_506_816_000 + 3e9, -1e12, 1e300] {
            var times = TimeColumn()
            for value in [1_506_816_000, Double.nan, 1_506_816_009] { times.append(value) }
            times.append(odd)
            times.append(7)
            #expect(times.byteCount == 40)
            #expect(times[0] == 1_506_816_000)
            #expect(times[1].isNaN)
            #expect(times[2] == 1_506_816_009)
            #expect(times[3] == odd)
            #expect(times[4] == 7)
        }
    }

    /// The first time may carry a fraction: the column then starts as doubles.
    @Test func aFractionalFirstTimeIsKept() {
        var times = TimeColumn()
        times.append(0.5)
        times.append(2)
        #expect(times[0] == 0.5)
        #expect(times[1] == 2)
    }

    @Test func onlyMissingTimes() {
        var times = TimeColumn()
        times.append(.nan)
        times.append(.nan)
        #expect(times[0].isNaN && times[1].isNaN)
        #expect(times.byteCount == 8)
    }
}

/// Utterance times, seconds since the epoch, NaN where the data gave none.
///
/// Platforms stamp posts to the second (TWCS, Reddit's `created_utc`, Hacker News), so a
/// time is held as four bytes of seconds from the column's first time, ±68 years about
/// it, instead of an eight-byte `Double`: 4 MB off a 1M-row load. The first time with a
/// fraction, or out of that range, turns the column into `Double`s for good.
struct TimeColumn: Sendable {
    /// Seconds from `epoch`, ``missing`` where there is no time; empty once `isExact`.
    private var seconds: [Int32] = []
    private var epoch: Double?
    /// The times as they came, once one did not fit `seconds`. Not an optional array:
    /// binding one to read a time retained and released it every time.
    private var exact: [Double] = []
    private var isExact = false

    private static let missing = Int32.min

    init() {}

    var count: Int { isExact ? exact.count : seconds.count }

    /// Bytes held, for memory accounting.
    var byteCount: Int { isExact ? exact.count * 8 : seconds.count * 4 }

    mutating func reserveCapacity(_ capacity: Int) {
        if isExact {
            exact.reserveCapacity(capacity)
        } else {
            seconds.reserveCapacity(capacity)
        }
    }

    @inline(__always)
    subscript(index: Int) -> Double {
        if isExact { return exact[index] }
        let value = seconds[index]
        guard value != Self.missing, let epoch else { return .nan }
        return epoch + Double(value)
    }

    /// Appends a time; NaN for none.
    @inline(__always)
    mutating func append(_ time: Double) {
        if isExact {
            exact.append(time)
            return
        }
        if time.isNaN {
            seconds.append(Self.missing)
            return
        }
        let base = epoch ?? time.rounded(.down)
        epoch = base
        let offset = time - base
        // Whole, and inside the range (the sentinel excluded).
        if offset == offset.rounded(.towardZero), offset > Double(Int32.min),
            offset <= Double(Int32.max)
        {
            seconds.append(Int32(offset))
        } else {
            storeExact()
            exact.append(time)
        }
    }

    private mutating func storeExact() {
        var times = [Double]()
        times.reserveCapacity(Swift.max(seconds.capacity, seconds.count + 1))
        for index in seconds.indices { times.append(self[index]) }
        exact = times
        isExact = true
        seconds = []
    }
}

/// A forward cursor over a small byte string, for hand-written parsers of short values
/// (timestamps). Every method either consumes what it read or leaves the cursor alone.
struct ByteScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        position += 1
        return true
    }

    /// One to `max` decimal digits, with how many there were.
    mutating func digits(max: Int) -> (value: Int, count: Int)? {
        var value = 0
        var count = 0
        while count < max, let byte = current, byte >= 0x30, byte <= 0x39 {
            value = value * 10 + Int(byte - 0x30)
            count += 1
            position += 1
        }
        return count == 0 ? nil : (value, count)
    }

    /// Exactly `count` decimal digits.
    mutating func fixedDigits(_ count: Int) -> Int? {
        let start = position
        guard let result = digits(max: count), result.count == count else {
            position = start
            return nil
        }
        return result.value
    }

    /// Exactly three ASCII letters, lowercased and packed into one number (see
    /// ``packedLowercase(_:_:_:)``): a name compared without making a `String`.
    mutating func threeLetterCode() -> UInt32? {
        guard let slice = takeLetters(3) else { return nil }
        let first = slice.startIndex
        return UInt32(slice[first] | 0x20) << 16 | UInt32(slice[first + 1] | 0x20) << 8
            | UInt32(slice[first + 2] | 0x20)
    }

    /// The code ``threeLetterCode()`` gives for `name` (three lowercase ASCII letters).
    static func packedLowercase(_ name: StaticString) -> UInt32 {
        let bytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
    }

    private mutating func takeLetters(_ count: Int) -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard position + count <= bytes.count else { return nil }
        let slice = bytes[position..<position + count]
        guard slice.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
            return nil
        }
        position += count
        return slice
    }

    /// `hh:mm[:ss[.fraction]]` as seconds after midnight.
    mutating func clock(requireSeconds: Bool) -> Double? {
        let start = position
        guard let hours = fixedDigits(2), hours < 24, take(UInt8(ascii: ":")),
            let minutes = fixedDigits(2), minutes < 60
        else {
            position = start
            return nil
        }
        var seconds = Double(hours * 3600 + minutes * 60)
        if take(UInt8(ascii: ":")) {
            guard let wholeSeconds = fixedDigits(2), wholeSeconds <= 60 else { return nil }
            seconds += Double(wholeSeconds)
            if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
                guard let fraction = digits(max: 9) else { return nil }
                seconds += Double(fraction.value) / TimestampParser.pow10(fraction.count)
                while let byte = current, byte >= 0x30, byte <= 0x39 { position += 1 }
            }
        } else if requireSeconds {
            position = start
            return nil
        }
        return seconds
    }

    /// `Z`, `+hh:mm`, `+hhmm` or `+hh` (and `-`), as seconds east of UTC.
    mutating func zoneOffset(colonOptional: Bool) -> Double? {
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
        let sign: Double
        if take(UInt8(ascii: "+")) {
            sign = 1
        } else if take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = fixedDigits(2) else { return nil }
        var minutes = 0
        if take(UInt8(ascii: ":")) {
            guard let value = fixedDigits(2) else { return nil }
            minutes = value
        } else if let value = fixedDigits(2) {
            minutes = value
        }
        return sign * Double(hours * 3600 + minutes * 60)
    }
}

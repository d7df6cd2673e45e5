/// Non-negative integers stored one, two or four bytes each: the width grows to fit the
/// largest value appended so far, so a column of small codes (two `inbound` values, a few
/// dozen subreddits) costs a byte a row instead of eight.
///
/// One array per width instead of an enum with the arrays as payloads: mutating an
/// enum's payload in place copies the array on every append.
struct NarrowIntegers: Sendable, Equatable {
    private var bytes: [UInt8] = []
    private var halves: [UInt16] = []
    private var words: [UInt32] = []
    /// Bytes a value: 1, 2 or 4.
    private(set) var width = 1

    init() {}

    /// `count` zeros, a byte each until ``set(_:to:)`` needs more.
    init(zeros count: Int) {
        bytes = [UInt8](repeating: 0, count: count)
    }

    var count: Int {
        switch width {
        case 1: bytes.count
        case 2: halves.count
        default: words.count
        }
    }

    mutating func reserveCapacity(_ capacity: Int) {
        switch width {
        case 1: bytes.reserveCapacity(capacity)
        case 2: halves.reserveCapacity(capacity)
        default: words.reserveCapacity(capacity)
        }
    }

    @inline(__always)
    subscript(index: Int) -> Int {
        switch width {
        case 1: Int(bytes[index])
        case 2: Int(halves[index])
        default: Int(words[index])
        }
    }

    /// Appends `value`, which must be in `0...UInt32.max`.
    @inline(__always)
    mutating func append(_ value: Int) {
        if width == 1, value <= Int(UInt8.max) {
            bytes.append(UInt8(truncatingIfNeeded: value))
        } else if width <= 2, value <= Int(UInt16.max) {
            if width == 1 { widen(to: 2) }
            halves.append(UInt16(truncatingIfNeeded: value))
        } else {
            if width < 4 { widen(to: 4) }
            words.append(UInt32(truncatingIfNeeded: value))
        }
    }

    /// Sets value `index` to `value`, which must be in `0...UInt32.max`; every value is
    /// widened first if it does not fit.
    @inline(__always)
    mutating func set(_ index: Int, to value: Int) {
        if width == 1, value > Int(UInt8.max) {
            widen(to: value <= Int(UInt16.max) ? 2 : 4)
        } else if width == 2, value > Int(UInt16.max) {
            widen(to: 4)
        }
        switch width {
        case 1: bytes[index] = UInt8(truncatingIfNeeded: value)
        case 2: halves[index] = UInt16(truncatingIfNeeded: value)
        default: words[index] = UInt32(truncatingIfNeeded: value)
        }
    }

    mutating func removeLast(_ count: Int) {
        switch width {
        case 1: bytes.removeLast(count)
        case 2: halves.removeLast(count)
        default: words.removeLast(count)
        }
    }

    /// Bytes held, for memory accounting.
    var byteCount: Int { count * width }

    private mutating func widen(to newWidth: Int) {
        let capacity = max(bytes.capacity, halves.capacity)
        if newWidth == 2 {
            halves.reserveCapacity(capacity)
            halves.append(contentsOf: bytes.lazy.map(UInt16.init))
        } else {
            words.reserveCapacity(capacity)
            if width == 1 {
                words.append(contentsOf: bytes.lazy.map(UInt32.init))
            } else {
                words.append(contentsOf: halves.lazy.map(UInt32.init))
            }
        }
        bytes = []
        if newWidth == 4 { halves = [] }
        width = newWidth
    }
}

extension NarrowIntegers {
    /// The values through a pointer, for loops that must not copy or retain anything per
    /// value (see ``withUnsafeView(_:)``). Valid only inside that call.
    struct UnsafeView {
        fileprivate let base: UnsafeRawPointer?
        fileprivate let width: Int
        let count: Int

        @inline(__always)
        subscript(index: Int) -> Int {
            precondition(index >= 0 && index < count, "index out of range")
            guard let base else { return 0 }
            switch width {
            case 1: return Int(base.load(fromByteOffset: index, as: UInt8.self))
            case 2: return Int(base.load(fromByteOffset: index * 2, as: UInt16.self))
            default: return Int(base.load(fromByteOffset: index * 4, as: UInt32.self))
            }
        }
    }

    func withUnsafeView<Result>(_ body: (UnsafeView) -> Result) -> Result {
        switch width {
        case 1:
            bytes.withUnsafeBytes { body(UnsafeView(base: $0.baseAddress, width: 1, count: count)) }
        case 2:
            halves.withUnsafeBytes {
                body(UnsafeView(base: $0.baseAddress, width: 2, count: count))
            }
        default:
            words.withUnsafeBytes { body(UnsafeView(base: $0.baseAddress, width: 4, count: count)) }
        }
    }
}

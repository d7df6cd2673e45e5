#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A case-insensitive POSIX extended regular expression run directly on UTF-8 bytes.
///
/// Chosen by measurement over Swift `Regex` (see `parley-bench query`): `regexec` with
/// `REG_STARTEND` matches a byte range, so a NUL inside a text does not end it. In the C
/// locale case folding covers ASCII letters only, and `.` matches one byte.
///
/// Not for use from several threads at once: texts are copied into one scratch buffer.
public final class POSIXRegex {
    private let compiled: UnsafeMutablePointer<regex_t>
    private let reportsRanges: Bool
    /// The text being matched, NUL-terminated. glibc honours `REG_STARTEND` and reads
    /// only the range, but wrappers of `regexec` (AddressSanitizer's among them) measure
    /// the string with `strlen` first, which would read past a text in the corpus buffer.
    private var terminated: [UInt8] = []

    /// Compiles `pattern`; `reportsRanges` keeps match positions (for `kwic`), which
    /// costs some speed.
    /// - Throws: the library's description of what is wrong with the pattern.
    public init(_ pattern: String, reportsRanges: Bool = false) throws(POSIXRegexError) {
        try Self.refuseStackedRepetitions(in: pattern)
        let pointer = UnsafeMutablePointer<regex_t>.allocate(capacity: 1)
        var flags = REG_EXTENDED | REG_ICASE
        if !reportsRanges { flags |= REG_NOSUB }
        let status = regcomp(pointer, pattern, flags)
        if status != 0 {
            // Thrown before the stored properties are set, so `deinit` does not run.
            let message = Self.describe(status, pointer)
            pointer.deallocate()
            throw POSIXRegexError(message: message)
        }
        compiled = pointer
        self.reportsRanges = reportsRanges
    }

    /// POSIX leaves a repetition applied to a repetition (`b++`, `a*+`, `x{2}*`) undefined,
    /// and glibc compiles each one as another nesting: memory grows exponentially with
    /// their number (20 stacked `+` took 740 MB; fuzz-command-line found 60 that took
    /// over 4 GB). Such patterns are refused before they reach `regcomp`.
    static func refuseStackedRepetitions(in pattern: String) throws(POSIXRegexError) {
        var afterRepetition = false
        var inBracket = false
        var inInterval = false
        var characters = Array(pattern).makeIterator()
        var position = 0
        while let character = characters.next() {
            position += 1
            if inBracket {
                if character == "]" { inBracket = false }
                continue
            }
            if inInterval {
                if character == "}" {
                    inInterval = false
                    afterRepetition = true
                }
                continue
            }
            let isRepetition = "*+?{".contains(character)
            if isRepetition, afterRepetition {
                throw POSIXRegexError(
                    message: "a repetition ('\(character)' at character \(position)) cannot "
                        + "follow another; group the first one in parentheses")
            }
            switch character {
            case "\\":
                _ = characters.next()
                position += 1
                afterRepetition = false
            case "[":
                inBracket = true
                afterRepetition = false
            case "{":
                inInterval = true
            default:
                afterRepetition = isRepetition
            }
        }
    }

    private static func describe(_ status: Int32, _ regex: UnsafePointer<regex_t>) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        regerror(status, regex, &buffer, buffer.count)
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    deinit {
        regfree(compiled)
        compiled.deallocate()
    }

    /// Whether the pattern matches anywhere in `bytes`.
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        execute(bytes, from: 0).status == 0
    }

    /// The first match at or after byte `start`, as a byte range. Needs `reportsRanges`.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        let (status, match) = execute(bytes, from: start)
        guard status == 0, reportsRanges else { return nil }
        return Int(match.rm_so)..<Int(match.rm_eo)
    }

    private func execute(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (status: Int32, match: regmatch_t)
    {
        var match = regmatch_t()
        match.rm_so = regoff_t(start)
        match.rm_eo = regoff_t(bytes.count)
        let status = withBase(bytes) { base in
            regexec(compiled, base, 1, &match, REG_STARTEND)
        }
        return (status, match)
    }

    /// Calls `body` with a NUL-terminated copy of the bytes.
    private func withBase(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<CChar>) -> Int32
    ) -> Int32 {
        terminated.removeAll(keepingCapacity: true)
        terminated.append(contentsOf: bytes)
        terminated.append(0)
        return terminated.withUnsafeBufferPointer { copy in
            guard let base = copy.baseAddress else { return Int32(_REG_NOMATCH.rawValue) }
            return base.withMemoryRebound(to: CChar.self, capacity: copy.count, body)
        }
    }
}

/// A pattern `regcomp` refused, with its explanation (`unmatched ( or \(`).
public struct POSIXRegexError: Error, Sendable, Equatable {
    public var message: String
}

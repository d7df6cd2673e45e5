#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum BenchCommand: String {
    case generate
    case load
    case compare
    case query
    case topics
    case workspace
    case tagAuto = "tag-auto"
    case dialogue
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
}

/// The file and flags of a `parley-bench` command line.
struct BenchOptions {
    var file: String
    var count = 1_000_000
    var seed: UInt64 = 42
    var python = "python3"
    /// Runs of each tool that `compare` takes the medians of.
    var runs = 1
    /// Whether `--count` was given (the topics benchmark has its own default).
    var countGiven = false
    /// The shared test data (`topics` takes its texts from there).
    var data = "../shared/data"

    init(_ arguments: [String]) throws {
        var file: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--count":
                count = try Self.number(rest.popFirst(), for: argument)
                countGiven = true
            case "--data":
                guard let value = rest.popFirst() else {
                    throw BenchError(description: "--data needs a value")
                }
                data = value
            case "--runs":
                runs = try Self.number(rest.popFirst(), for: argument)
                guard runs > 0 else { throw BenchError(description: "--runs must be positive") }
            case "--seed": seed = UInt64(try Self.number(rest.popFirst(), for: argument))
            case "--python":
                guard let value = rest.popFirst() else {
                    throw BenchError(description: "--python needs a value")
                }
                python = value
            default:
                guard file == nil, !argument.hasPrefix("-") else {
                    throw BenchError(description: "unexpected argument '\(argument)'")
                }
                file = argument
            }
        }
        guard let file else { throw BenchError(description: "no FILE given") }
        self.file = file
    }

    private static func number(_ text: String?, for flag: String) throws -> Int {
        guard let text, let value = Int(text), value >= 0 else {
            throw BenchError(description: "\(flag) needs a non-negative integer")
        }
        return value
    }
}

/// This process's peak resident memory in bytes (`getrusage`; Linux reports kilobytes).
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
    #endif
}

func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

// The shared body of every loader fuzz target (fuzz-jsonl, fuzz-csv, fuzz-reddit,
// fuzz-hackernews, fuzz-twcs, fuzz-convokit, fuzz-atom, fuzz-wordpress, fuzz-disqus): one
// plan byte, then the file.
import ParleyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How one input is loaded, from its first byte:
/// - bit 0: `.stop` (strict) instead of `.skip`
/// - bit 1: detect the format instead of naming it
/// - bit 2: load the input again, appended to the first corpus (every id then clashes)
/// - bits 3–7: a read block size of 1–31 bytes (0: the loader's default); a tiny-block
///   load must give what a whole-file load gives
public struct FormatFuzzPlan {
    public var options: LoadOptions
    public var appendsAgain: Bool
    public var blockSize: Int?

    public init(_ control: UInt8, format: CorpusFormat) {
        options = LoadOptions(
            policy: control & 1 == 0 ? .skip : .stop, format: control & 2 == 0 ? format : nil)
        appendsAgain = control & 4 != 0
        let size = Int(control >> 3)
        blockSize = size == 0 ? nil : size
    }

    func load(_ path: String, appendingTo existing: Corpus?) throws(LoadError)
        -> CorpusLoader.Result
    {
        guard let blockSize else {
            return try CorpusLoader.load([path], options: options, appendingTo: existing)
        }
        return try CorpusLoader.load(
            [path], options: options, appendingTo: existing, blockSize: blockSize)
    }
}

/// Writes `body` to `file` and loads `entry` (the file, or the directory holding it) as
/// `plan` says; traps on a crash-worthy inconsistency.
public func fuzzFormatLoad(
    _ body: UnsafeRawBufferPointer, plan: FormatFuzzPlan, file: String, entry: String
) {
    writeFile(body, to: file)
    if plan.blockSize != nil {
        let whole = outcome { () throws(LoadError) in
            try CorpusLoader.load([entry], options: plan.options)
        }
        let tiny = outcome { () throws(LoadError) in try plan.load(entry, appendingTo: nil) }
        precondition(whole == tiny, "the block size changed the result")
    }
    do {
        var result = try plan.load(entry, appendingTo: nil)
        exercise(result)
        if plan.appendsAgain {
            result = try plan.load(entry, appendingTo: result.corpus)
            exercise(result)
        }
    } catch {
        precondition(!error.description.isEmpty)
    }
}

/// A scratch directory for targets whose input is a directory (ConvoKit), one per process.
public func fuzzInputDirectory(target: String) -> String {
    let directory = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    let path = "\(directory)/parley-\(target)-\(getpid())"
    mkdir(path, 0o700)
    return path
}

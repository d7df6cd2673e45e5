// libFuzzer target for the JSON Lines reader; see fuzz/README.md for how to build and run it.
import ParleyCore
import ParleyFuzzSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The first input byte chooses how to load; the rest is the file.
/// - bit 0: `.stop` (strict) instead of `.skip`
/// - bit 1: detect the format instead of naming `.jsonl`
/// - bit 2: load the file a second time, appended to the first corpus
/// - bits 3–7: read block size (0 for the loader's default, else 1–30 bytes); 31 repeats
///   the file past ``FuzzPlan/parallelSize`` so that the reader parses its block in two
///   pieces on two threads, and compares that with blocks too small to be split
private struct FuzzPlan {
    var options: LoadOptions
    var appendsAgain: Bool
    var blockSize: Int?
    var repeatsPastParallelSize: Bool
    /// Over `JSONLReader.parallelThreshold` (256 KB), under the default block size.
    static let parallelSize = 300 << 10
    /// Under `JSONLReader.parallelThreshold`: every block is parsed in one piece.
    static let unsplitBlockSize = 128 << 10

    init(_ control: UInt8) {
        options = LoadOptions(
            policy: control & 1 == 0 ? .skip : .stop,
            format: control & 2 == 0 ? .jsonl : nil)
        appendsAgain = control & 4 != 0
        let size = Int(control >> 3)
        repeatsPastParallelSize = size == 31
        blockSize = size == 0 || size == 31 ? nil : size
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

/// The scratch file each input is written to.
private let inputPath = fuzzInputPath(target: "fuzz-jsonl", fileExtension: "jsonl")

/// Loads a copy of `body` repeated past ``FuzzPlan/parallelSize``: parsing a block in
/// two pieces on two threads must give what parsing it in one does.
private func compareSplitBlocks(_ body: UnsafeRawBufferPointer, plan: FuzzPlan) {
    var bytes: [UInt8] = []
    while bytes.count < FuzzPlan.parallelSize { bytes.append(contentsOf: body) }
    bytes.withUnsafeBytes { writeFile($0, to: inputPath) }
    let split = outcome { () throws(LoadError) in
        try CorpusLoader.load([inputPath], options: plan.options)
    }
    let unsplit = outcome { () throws(LoadError) in
        try CorpusLoader.load(
            [inputPath], options: plan.options, appendingTo: nil,
            blockSize: FuzzPlan.unsplitBlockSize)
    }
    precondition(split == unsplit, "splitting a block changed the result")
}

/// Loads `body` as the plan says and reads the result; with a tiny block size, first
/// checks that block ends change nothing, nor whether the file can be read.
private func load(_ body: UnsafeRawBufferPointer, plan: FuzzPlan) {
    writeFile(body, to: inputPath)
    if plan.blockSize != nil {
        let whole = outcome { () throws(LoadError) in
            try CorpusLoader.load([inputPath], options: plan.options)
        }
        let tiny = outcome { () throws(LoadError) in
            try plan.load(inputPath, appendingTo: nil)
        }
        precondition(whole == tiny, "the block size changed the result")
    }
    do {
        var result = try plan.load(inputPath, appendingTo: nil)
        exercise(result)
        if plan.appendsAgain {
            result = try plan.load(inputPath, appendingTo: result.corpus)
            exercise(result)
        }
    } catch {
        precondition(!error.description.isEmpty)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let plan = FuzzPlan(data[0])
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    if plan.repeatsPastParallelSize, !body.isEmpty {
        compareSplitBlocks(body, plan: plan)
    } else {
        load(body, plan: plan)
    }
    return 0
}

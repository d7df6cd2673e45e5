// libFuzzer target for the JSON Lines reader; see fuzz/README.md for how to build and run it.
import ParleyCore
import ParleyFuzzSupport

/// Byte 0 is the plan as `FormatFuzzPlan` reads it, except that a block size of 31 means
/// something else here: the file is repeated past `parallelSize`, so that the reader
/// parses its block in two pieces on two threads, and compared with blocks too small to
/// be split. The rest is the file.
private enum SplitBlocks {
    /// Over `JSONLReader.parallelThreshold` (256 KB), under the default block size.
    static let parallelSize = 300 << 10
    /// Under `JSONLReader.parallelThreshold`: every block is parsed in one piece.
    static let unsplitBlockSize = 128 << 10
    static let plannedBlockSize = 31
}

/// The scratch file each input is written to.
private let inputPath = fuzzInputPath(target: "fuzz-jsonl", fileExtension: "jsonl")

/// Loads a copy of `body` repeated past ``SplitBlocks/parallelSize``: parsing a block in
/// two pieces on two threads must give what parsing it in one does.
private func compareSplitBlocks(_ body: UnsafeRawBufferPointer, options: LoadOptions) {
    var bytes: [UInt8] = []
    while bytes.count < SplitBlocks.parallelSize { bytes.append(contentsOf: body) }
    bytes.withUnsafeBytes { writeFile($0, to: inputPath) }
    let split = outcome { () throws(LoadError) in
        try CorpusLoader.load([inputPath], options: options)
    }
    let unsplit = outcome { () throws(LoadError) in
        try CorpusLoader.load(
            [inputPath], options: options, appendingTo: nil,
            blockSize: SplitBlocks.unsplitBlockSize)
    }
    precondition(split == unsplit, "splitting a block changed the result")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    var plan = FormatFuzzPlan(data[0], format: .jsonl)
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    if plan.blockSize == SplitBlocks.plannedBlockSize {
        plan.blockSize = nil
        if !body.isEmpty {
            compareSplitBlocks(body, options: plan.options)
            return 0
        }
    }
    fuzzFormatLoad(body, plan: plan, file: inputPath, entry: inputPath)
    return 0
}

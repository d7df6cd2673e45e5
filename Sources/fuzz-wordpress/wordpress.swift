// libFuzzer target for the WordPress XML reader; see fuzz/README.md for how to build and run it.
import ParleyCore
import ParleyFuzzSupport

/// The first input byte chooses how to load; the rest is the file.
/// - bit 0: `.stop` (strict) instead of `.skip`
/// - bit 1: `includeUnapproved`
/// - bit 2: detect the format instead of naming `.wordpress`
/// - bit 3: load the file a second time, appended to the first corpus
/// - bits 4–7: read block size (0 for the loader's default, else 1–15 bytes)
private struct FuzzPlan {
    var options: LoadOptions
    var appendsAgain: Bool
    var blockSize: Int?

    init(_ control: UInt8) {
        options = LoadOptions(
            policy: control & 1 == 0 ? .skip : .stop, format: control & 4 == 0 ? .wordpress : nil)
        options.includeUnapproved = control & 2 != 0
        appendsAgain = control & 8 != 0
        let size = Int(control >> 4)
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

/// The scratch file each input is written to.
private let inputPath = fuzzInputPath(target: "fuzz-wordpress", fileExtension: "xml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWordPress(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let plan = FuzzPlan(data[0])
    writeFile(UnsafeRawBufferPointer(start: data + 1, count: size - 1), to: inputPath)
    if plan.blockSize != nil {
        // Block ends must never change what is read, nor whether it can be read.
        precondition(
            outcome { () throws(LoadError) in
                try CorpusLoader.load([inputPath], options: plan.options)
            } == outcome { () throws(LoadError) in try plan.load(inputPath, appendingTo: nil) },
            "the block size changed the result")
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
    return 0
}

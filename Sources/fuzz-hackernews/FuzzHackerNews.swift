// libFuzzer target for the HackerNews reader; see fuzz/README.md for how to build and run it.
import ParleyCore
import ParleyFuzzSupport

/// The scratch file each input is written to.
private let inputPath = fuzzInputPath(target: "fuzz-hackernews", fileExtension: "json")

/// Byte 0 is the plan (`FormatFuzzPlan`), the rest the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHackerNews(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let plan = FormatFuzzPlan(data[0], format: .hackernews)
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    fuzzFormatLoad(body, plan: plan, file: inputPath, entry: inputPath)
    return 0
}

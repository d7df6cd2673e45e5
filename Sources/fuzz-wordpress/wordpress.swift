// libFuzzer target for the WordPress WXR reader; see fuzz/README.md to build and run it.
import ParleyCore
import ParleyFuzzSupport

/// The scratch file each input is written to.
private let inputPath = fuzzInputPath(target: "fuzz-wordpress", fileExtension: "xml")

/// Byte 0 is the plan: bits 0–6 as `FormatFuzzPlan` reads them (block sizes 1–15),
/// bit 7 `--include-unapproved`; the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWordPress(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    var plan = FormatFuzzPlan(data[0] & 0x7F, format: .wordpress)
    plan.options.includeUnapproved = data[0] & 0x80 != 0
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    fuzzFormatLoad(body, plan: plan, file: inputPath, entry: inputPath)
    return 0
}

// libFuzzer target for the CSV and TSV reader; see fuzz/README.md for how to build and run it.
import ParleyCore
import ParleyFuzzSupport

/// The first input byte chooses how to load; the rest is the file.
/// - bit 0: `.stop` (strict) instead of `.skip`
/// - bits 1–2: the format: `.csv`, `.tsv`, detected, `.csv` with `--map`-style field names
/// - bit 3: load the file a second time, appended to the first corpus
/// - bits 4–7: read block size (0 for the loader's default, else 1–15 bytes)
///
/// The byte is rearranged into `FormatFuzzPlan`'s layout (so the seeds keep their
/// meaning), and the format and field names set on top.
private func plan(_ control: UInt8) -> FormatFuzzPlan {
    let mode = Int(control >> 1) & 3
    let strict = control & 1
    let detects: UInt8 = mode == 2 ? 2 : 0
    let appends = (control >> 3 & 1) << 2
    let blockSize = (control >> 4) << 3
    var plan = FormatFuzzPlan(
        strict | detects | appends | blockSize, format: mode == 1 ? .tsv : .csv)
    if mode == 3 {
        plan.options.fieldNames = [.id: "a", .parent: "b", .speaker: "c", .text: "d", .time: "e"]
    }
    return plan
}

/// The scratch file each input is written to.
private let inputPath = fuzzInputPath(target: "fuzz-csv", fileExtension: "csv")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    fuzzFormatLoad(body, plan: plan(data[0]), file: inputPath, entry: inputPath)
    return 0
}

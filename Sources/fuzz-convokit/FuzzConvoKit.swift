// libFuzzer target for the ConvoKit reader; see fuzz/README.md for how to build and run it.
import ParleyCore
import ParleyFuzzSupport

/// The scratch corpus directory: each input is its `utterances.jsonl`.
private let directory = fuzzInputDirectory(target: "fuzz-convokit")

/// Byte 0 is the plan (`FormatFuzzPlan`), the rest the directory's `utterances.jsonl`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConvoKit(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let plan = FormatFuzzPlan(data[0], format: .convokit)
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    fuzzFormatLoad(
        body, plan: plan, file: directory + "/utterances.jsonl", entry: directory)
    return 0
}

// libFuzzer target for the CSV and TSV reader; see fuzz/README.md for how to build and run it.
import ParleyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The first input byte chooses how to load; the rest is the file.
/// - bit 0: `.stop` (strict) instead of `.skip`
/// - bits 1–2: the format: `.csv`, `.tsv`, detected, `.csv` with `--map`-style field names
/// - bit 3: load the file a second time, appended to the first corpus
/// - bits 4–7: read block size (0 for the loader's default, else 1–15 bytes)
private struct FuzzPlan {
    var options: LoadOptions
    var appendsAgain: Bool
    var blockSize: Int?

    init(_ control: UInt8) {
        let formats: [CorpusFormat?] = [.csv, .tsv, nil, .csv]
        options = LoadOptions(
            policy: control & 1 == 0 ? .skip : .stop, format: formats[Int(control >> 1) & 3])
        if control >> 1 & 3 == 3 {
            options.fieldNames = [.id: "a", .parent: "b", .speaker: "c", .text: "d", .time: "e"]
        }
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

/// The scratch file each input is written to, in memory where the system offers it.
private let inputPath: String = {
    let directory = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    return "\(directory)/parley-fuzz-csv-\(getpid()).csv"
}()

private func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    var rest = bytes
    while let base = rest.baseAddress, !rest.isEmpty {
        let written = write(descriptor, base, rest.count)
        if written <= 0 { return }
        rest = UnsafeRawBufferPointer(rebasing: rest[written...])
    }
}

/// Everything a reader decides about a file, to compare loads that differ only in block size.
private func snapshot(_ result: CorpusLoader.Result) -> [String] {
    let corpus = result.corpus
    let utterances = corpus.utteranceIndices.map { index in
        let utterance = corpus.utterance(index)
        let metadata = utterance.metadata.map { "\($0.key)=\($0.value.kind)\($0.value.text)" }
        return [
            utterance.id, utterance.speaker, utterance.replyTo ?? "-", utterance.text,
            "\(utterance.timestamp ?? -1)", "\(utterance.source?.line ?? 0)", "\(metadata)",
        ].joined(separator: "|")
    }
    let reports = result.reports.map { report in
        let fields = report.fieldNames.map { "\($0.key)=\($0.value)" }.sorted()
        return "\(report.recordCount) \(report.loadedCount) \(report.skippedCount) "
            + "\(report.warningCount) \(fields) \(report.problems.map(\.description))"
    }
    return utterances + reports
}

/// The snapshot of a load, or its error.
private func outcome(_ load: () throws(LoadError) -> CorpusLoader.Result) -> [String] {
    do {
        return snapshot(try load())
    } catch {
        return ["error: \(error.description)"]
    }
}

/// Reads everything a command could read from a loaded corpus, so that an inconsistent
/// corpus shows up as a crash here rather than in the shell.
private func exercise(_ result: CorpusLoader.Result) {
    let corpus = result.corpus
    var checksum = 0
    for index in corpus.utteranceIndices {
        let utterance = corpus.utterance(index)
        checksum &+= utterance.text.utf8.count &+ utterance.metadata.count
        for (key, value) in utterance.metadata { checksum &+= key.utf8.count &+ value.text.count }
        checksum &+= corpus.textByteCount(of: index)
        _ = corpus.forest.root(of: index)
    }
    for root in corpus.forest.roots.prefix(8) {
        checksum &+= corpus.forest.preorder(from: root).count
    }
    checksum &+= corpus.conversationSummaries().count &+ corpus.speakers.count
    for report in result.reports {
        checksum &+= report.problems.map(\.description).count
        precondition(report.loadedCount + report.skippedCount == report.recordCount)
    }
    precondition(checksum != Int.min)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
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

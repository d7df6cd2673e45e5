// What the loader fuzz targets share: writing an input to a scratch file, comparing two
// loads, and reading everything a command could read from the result.
import ParleyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The scratch file a target writes each input to, in memory where the system offers it:
/// one per process, named after the target.
public func fuzzInputPath(target: String, fileExtension: String) -> String {
    let directory = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    return "\(directory)/parley-\(target)-\(getpid()).\(fileExtension)"
}

public func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String) {
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
func snapshot(_ result: CorpusLoader.Result) -> [String] {
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
public func outcome(_ load: () throws(LoadError) -> CorpusLoader.Result) -> [String] {
    do {
        return snapshot(try load())
    } catch {
        return ["error: \(error.description)"]
    }
}

/// Reads everything a command could read from a loaded corpus, so that an inconsistent
/// corpus shows up as a crash here rather than in the shell.
public func exercise(_ result: CorpusLoader.Result) {
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

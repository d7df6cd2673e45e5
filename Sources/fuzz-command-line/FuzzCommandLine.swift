// libFuzzer target for the shell's command line; see fuzz/README.md for how to build and run it.
import ParleyCore
import ParleyShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small corpus with the awkward cases a command meets: a reply tree, an orphan, a
/// two-utterance cycle, control characters, wide characters, metadata and missing times.
private let tinyCorpus =
    [
        #"{"id": "p1", "parent": null, "author": "ann", "role": "organization""#
            + #", "time": "2024-03-04T09:12:00Z", "text": "Hello world", "score": 3}"#,
        #"{"id": "c1", "parent": "p1", "author": "bob", "time": "2024-03-04T10:00:00Z""#
            + #", "text": "Great \u001b[31mpost\u0007 \t tabs", "score": -1.5}"#,
        #"{"id": "c2", "parent": "c1", "author": "ann", "time": 1709550000"#
            + #", "text": "日本語のテキスト 🎉 e\u0301", "flag": true}"#,
        #"{"id": "c3", "parent": "missing", "author": "eve", "text": "orphan\r\nline"}"#,
        #"{"id": "x1", "parent": "x2", "author": "bob", "text": "=cmd|' /C calc'!A0"}"#,
        #"{"id": "x2", "parent": "x1", "author": "", "text": "", "tags": ["a", {"b": null}]}"#,
        #"{"id": "p2", "author": "zed", "time": "2024-03-05", "text": "second thread"}"#,
    ].joined(separator: "\n") + "\n"

private let tinyName = "tiny.jsonl"

/// The directory the sessions run in, so `output` and `load` with relative paths stay in it.
private let workDirectory: String = {
    let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    let directory = "\(base)/parley-fuzz-command-line-\(getpid())"
    mkdir(directory, 0o700)
    let descriptor = open(directory + "/" + tinyName, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if descriptor >= 0 {
        let bytes = Array(tinyCorpus.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }
    return directory
}()

/// Lines that could read or write outside the work directory are not run: a fuzzer must
/// not write files all over the disk, nor read devices such as `/dev/zero`.
private func isConfined(_ line: String) -> Bool {
    guard let commands = try? LineTokenizer.commands(in: line) else { return true }
    for words in commands {
        guard let name = words.first?.text, name == "load" || name == "output" else { continue }
        for word in words.dropFirst()
        where word.text.contains("/") || word.text.hasPrefix("~") || word.text.contains("..") {
            return false
        }
    }
    return true
}

/// Removes what `output` created, so each input starts from the same directory.
private func cleanWorkDirectory() {
    guard let directory = opendir(workDirectory) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." && name != tinyName {
            unlink(workDirectory + "/" + name)
        }
    }
}

/// Runs `lines` as a script in a fresh session in `mode`, after loading the tiny corpus.
private func run(_ lines: [String], mode: OutputMode, width: Int, color: Bool) {
    let options = SessionOptions(
        mode: mode, color: color, width: width, workingDirectory: workDirectory)
    let session = Session(options: options)
    let results = StringSink()
    let diagnostics = StringSink()
    _ = session.execute("load " + tinyName, results: results, diagnostics: diagnostics)
    for (number, line) in lines.enumerated() {
        let origin = LineOrigin(name: "fuzz.prl", line: number + 1)
        let outcome = session.execute(
            line, origin: origin, results: results, diagnostics: diagnostics)
        if outcome.quit { break }
    }
    // Output is data, never terminal control: no raw escape may reach the sink.
    precondition(color || !results.text.utf8.contains(0x1B))
    precondition(!diagnostics.text.utf8.contains(0x1B))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommandLine(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map(
        String.init)
    guard lines.allSatisfy(isConfined) else { return 0 }
    // The first byte picks the terminal width and, by its lowest bit, colour.
    let width = 20 + Int(data[0] >> 1)
    for mode in OutputMode.allCases {
        run(lines, mode: mode, width: width, color: data[0] & 1 != 0)
    }
    cleanWorkDirectory()
    return 0
}

// libFuzzer target for the shell's command line; see fuzz/README.md for how to build and run it.
import Foundation
import ParleyCore
import ParleyShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small corpus with the awkward cases a command meets: a reply tree, an orphan, a
/// two-utterance cycle, control characters, wide characters, metadata, missing times and a
/// long run of one letter (for regular expressions that backtrack).
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
        #"{"id": "r1", "parent": "p2", "author": "ann", "text": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"}"#,
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

/// The commands that name files to read or write.
private let fileCommands: Set<String> = ["load", "output", "export"]

/// Lines that could read or write outside the work directory are not run: a fuzzer must
/// not write files all over the disk, nor read devices such as `/dev/zero`.
private func isConfined(_ line: String) -> Bool {
    guard let commands = try? LineTokenizer.commands(in: line) else { return true }
    for words in commands {
        guard let name = words.first?.text, fileCommands.contains(name) else { continue }
        for word in words.dropFirst()
        where word.text.contains("/") || word.text.hasPrefix("~") || word.text.contains("..") {
            return false
        }
    }
    return true
}

/// Removes what `output` and `export` created (files and directories), so each input
/// starts from the same directory.
private func cleanWorkDirectory() {
    let files = FileManager.default
    for name in (try? files.contentsOfDirectory(atPath: workDirectory)) ?? []
    where name != tinyName {
        try? files.removeItem(atPath: workDirectory + "/" + name)
    }
}

/// What the first input byte chooses: bits 0–2 the output mode (modulo the number of
/// modes), bit 3 colour, bits 4–7 the terminal width (20–140 columns).
private struct FuzzPlan {
    var mode: OutputMode
    var color: Bool
    var width: Int

    init(_ control: UInt8) {
        let modes = OutputMode.allCases
        mode = modes[Int(control & 7) % modes.count]
        color = control & 8 != 0
        width = 20 + 8 * Int(control >> 4)
    }
}

/// Checks what one line did: a failure says why in words (no internal type names) and, for
/// a single command, changes nothing; no raw escape reaches the output unless colour is on;
/// the JSON modes write JSON.
private func check(
    _ line: String, outcome: LineOutcome, before: (count: Int, mode: OutputMode),
    session: Session, results: String, diagnostics: String, color: Bool
) {
    let commands = (try? LineTokenizer.commands(in: line)) ?? []
    if outcome.failed {
        precondition(!diagnostics.isEmpty, "a failure without a message")
        for internalName in ["ParleyCore.", "ParleyShell.", "Swift.", "ArgumentParser."] {
            precondition(!diagnostics.contains(internalName), "an internal name in a message")
        }
        if commands.count == 1 {
            precondition(session.corpus.utteranceCount == before.count, "a failure changed data")
            precondition(session.mode == before.mode, "a failure changed the mode")
        }
    }
    precondition(color || !results.utf8.contains(0x1B), "a raw escape in the results")
    precondition(!diagnostics.utf8.contains(0x1B), "a raw escape in a message")
    let redirects = commands.contains { ["mode", "output"].contains($0.first?.text) }
    guard !redirects, before.mode == session.mode else { return }
    if session.mode == .jsonl {
        for text in results.split(separator: "\n") {
            precondition(isJSON(Substring(text)), "jsonl mode wrote a line that is not JSON")
        }
    } else if session.mode == .json, commands.count == 1, !results.isEmpty {
        precondition(isJSON(Substring(results)), "json mode wrote something that is not JSON")
    }
}

private func isJSON(_ text: Substring) -> Bool {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) != nil
}

/// Runs `lines` as a script in a fresh session, after loading the tiny corpus.
private func run(_ lines: [String], plan: FuzzPlan) {
    let options = SessionOptions(
        mode: plan.mode, color: plan.color, width: plan.width, workingDirectory: workDirectory)
    let session = Session(options: options)
    _ = session.execute("load " + tinyName, results: StringSink(), diagnostics: StringSink())
    for (number, line) in lines.enumerated() {
        let results = StringSink()
        let diagnostics = StringSink()
        let before = (session.corpus.utteranceCount, session.mode)
        let outcome = session.execute(
            line, origin: LineOrigin(name: "fuzz.prl", line: number + 1), results: results,
            diagnostics: diagnostics)
        check(
            line, outcome: outcome, before: before, session: session, results: results.text,
            diagnostics: diagnostics.text, color: plan.color)
        if outcome.quit { break }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommandLine(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map(
        String.init)
    guard lines.allSatisfy(isConfined) else { return 0 }
    run(lines, plan: FuzzPlan(data[0]))
    cleanWorkDirectory()
    return 0
}

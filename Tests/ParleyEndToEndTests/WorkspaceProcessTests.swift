import Foundation
import ParleyCore
import ParleyTestSupport
import Testing

/// A `parley` process fed commands on a pipe, to be killed or left waiting.
private final class RunningParley: @unchecked Sendable {
    // Unchecked: `collected` is only touched while holding `lock`.
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var collected = Data()
    private let drained = DispatchSemaphore(value: 0)

    init(_ fixture: EndToEndFixture, arguments: [String]) throws {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = fixture.binary.url
        process.arguments = arguments
        process.environment = ParleyBinary.environment(fixture.environment)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = output.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { collected.append(chunk) }
            }
            drained.signal()
        }
    }

    /// Sends `lines` from a thread of its own (the process may die before reading them).
    func send(_ lines: [String]) {
        let data = Data(lines.map { $0 + "\n" }.joined().utf8)
        let handle = input.fileHandleForWriting
        Thread.detachNewThread { try? handle.write(contentsOf: data) }
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    /// Everything the process wrote, once it has ended and its output is drained.
    func finish() -> String {
        process.waitUntilExit()
        _ = drained.wait(timeout: .now() + 5)
        return lock.withLock { String(decoding: collected, as: UTF8.self) }
    }

    /// Waits until the output contains `text` (or `seconds` pass).
    func waitForOutput(_ text: String, seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if lock.withLock({ String(decoding: collected, as: UTF8.self).contains(text) }) {
                return true
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }
}

@Suite(.serialized) struct WorkspaceProcessTests {
    /// The valence each test word gets, so a stored value can be checked, not just a word.
    private static func valence(_ number: Int) -> Double { Double(number % 7) - 3 + 0.5 }

    /// The lexicon changes in the workspace, word → valence, read by a fresh `parley`.
    private func storedLexicon(_ fixture: EndToEndFixture, _ workspace: String) throws
        -> [String: Double]
    {
        let result = try fixture.binary.run(
            arguments: [workspace, "--mode", "csv", "-c", "lexicon changes"],
            environment: fixture.environment)
        #expect(result.status == 0, "the workspace did not open: \(result.stderr)")
        var lexicon: [String: Double] = [:]
        for line in result.stdoutLines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if fields.count == 3, let value = Double(fields[2]) {
                lexicon[String(fields[0])] = value
            }
        }
        return lexicon
    }

    /// Kills `parley` with SIGKILL at seeded random moments while it records lexicon
    /// entries; after each kill the workspace must open and hold every entry whose command
    /// finished (its result line was written, which happens only after the commit).
    @Test func killedMidWorkTheWorkspaceKeepsEveryCompletedChange() throws {
        let fixture = try EndToEndFixture()
        let workspace = fixture.directory.appendingPathComponent("kill.parley").path
        let setup = try fixture.binary.run(
            arguments: [workspace, fixture.corpus.path, "-c", "info"],
            environment: fixture.environment)
        try #require(setup.status == 0, "\(setup.stderr)")
        var random = SplitMix64(seed: 7)
        var completed: [String: Double] = [:]
        let rounds = 8
        let wordsPerRound = 400
        for round in 0..<rounds {
            let running = try RunningParley(fixture, arguments: [workspace])
            let numbers = (0..<wordsPerRound).map { round * wordsPerRound + $0 }
            running.send(numbers.map { "lexicon set k\($0) \(Self.valence($0))" })
            Thread.sleep(forTimeInterval: 0.05 + random.nextDouble() * 0.4)
            kill(running.process.processIdentifier, SIGKILL)
            for line in running.finish().split(separator: "\n") where line.hasPrefix("word\tk") {
                let word = String(line.dropFirst(5))
                if let number = Int(word.dropFirst()) { completed[word] = Self.valence(number) }
            }
            let stored = try storedLexicon(fixture, workspace)
            for (word, value) in completed {
                #expect(stored[word] == value, "round \(round): lost \(word)")
            }
        }
        #expect(!completed.isEmpty, "no command completed before a kill: the test tested nothing")
    }

    /// A second `parley` on a workspace the first is writing to opens it read-only, says
    /// so, refuses changes, and still sees what the first committed; the first loses nothing.
    @Test func aSecondProcessOpensReadOnlyAndNeverLosesTheFirstsWrites() throws {
        let fixture = try EndToEndFixture()
        let workspace = fixture.directory.appendingPathComponent("shared.parley").path
        _ = try fixture.binary.run(
            arguments: [workspace, fixture.corpus.path, "-c", "info"],
            environment: fixture.environment)
        let first = try RunningParley(fixture, arguments: [workspace])
        first.send(["lexicon set firstword 2"])
        #expect(first.waitForOutput("word\tfirstword", seconds: 20))

        let second = try fixture.binary.run(
            arguments: [workspace, "-c", "lexicon set secondword 1"],
            environment: fixture.environment)
        #expect(second.status == 1)
        #expect(second.stderr.contains("opened read-only"))
        #expect(second.stderr.contains("changes cannot be saved"))
        #expect(try storedLexicon(fixture, workspace)["firstword"] == 2)

        first.send(["lexicon set laterword -1"])
        #expect(first.waitForOutput("word\tlaterword", seconds: 20))
        first.closeInput()
        _ = first.finish()
        #expect(first.process.terminationStatus == 0)
        let stored = try storedLexicon(fixture, workspace)
        #expect(stored == ["firstword": 2, "laterword": -1])
    }
}

import Foundation
import ParleyTestSupport
import Testing

/// The prompt, through a pseudo-terminal: readline editing, Tab completion, history,
/// Ctrl-C and Ctrl-D. Every wait has a time limit and the child is killed at the end.
@Suite(.enabled(if: PseudoTerminal.isAvailable, "needs util-linux script"))
struct InteractiveTests {
    static let prompt = "parley> "
    let fixture: EndToEndFixture

    init() throws { fixture = try EndToEndFixture() }

    func start(
        _ arguments: [String] = [], environment: [String: String]? = nil
    ) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: fixture.binary.url, arguments: arguments,
            environment: ParleyBinary.environment(environment ?? fixture.environment))
        try #require(terminal.waitFor(Self.prompt), "no prompt: \(terminal.screenText)")
        return terminal
    }

    @Test func helpAtThePromptAndCtrlDQuits() throws {
        let terminal = try start()
        defer { terminal.close() }
        terminal.send("help\r")
        #expect(terminal.waitFor("load"), "\(terminal.screenText)")
        #expect(terminal.waitFor(Self.prompt))
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func quitEndsTheSession() throws {
        let terminal = try start([fixture.corpus.path])
        defer { terminal.close() }
        terminal.send("info\r")
        #expect(terminal.waitFor("utterances"))
        terminal.send("quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func tabCompletesACommandName() throws {
        let terminal = try start([fixture.corpus.path])
        defer { terminal.close() }
        // `inf` + Tab must become `info `; Enter then runs it.
        terminal.send("inf\t")
        #expect(terminal.waitFor("info "), "\(terminal.screenText)")
        terminal.send("\r")
        #expect(terminal.waitFor("utterances"), "\(terminal.screenText)")
    }

    @Test func tabCompletesAnUtteranceID() throws {
        let longID = #"{"id":"reply-42-long","author":"ana","text":"a reply with an id"}"#
        let corpus = try fixture.write(longID + "\n", to: "ids.jsonl")
        let terminal = try start([corpus])
        defer { terminal.close() }
        terminal.send("show rep\t\r")
        #expect(terminal.waitFor("a reply with an id"), "\(terminal.screenText)")
    }

    @Test func upArrowRecallsThePreviousLineAndHistoryIsSaved() throws {
        let terminal = try start()
        defer { terminal.close() }
        terminal.send("mode json\r")
        #expect(terminal.waitFor(Self.prompt))
        terminal.send("\u{1B}[A")
        #expect(terminal.waitFor("mode json"), "\(terminal.screenText)")
        terminal.send("\u{15}\u{4}")  // Ctrl-U clears the line: Ctrl-D quits only on an empty one
        #expect(terminal.waitForExit() == 0)
        let history = try String(contentsOf: fixture.historyFile, encoding: .utf8)
        #expect(history == "mode json\n")
    }

    @Test func repeatedLinesAreSavedOnce() throws {
        let terminal = try start()
        defer { terminal.close() }
        for line in ["help", "help", "  ", "mode plain", "help"] {
            terminal.send(line + "\r")
            #expect(terminal.waitFor(Self.prompt))
        }
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
        let history = try String(contentsOf: fixture.historyFile, encoding: .utf8)
        #expect(history == "help\nmode plain\nhelp\n")
    }

    @Test func historyFileIsBoundedToAThousandEntries() throws {
        try FileManager.default.createDirectory(
            at: fixture.historyFile.deletingLastPathComponent(),
            withIntermediateDirectories: true)
        let old = (1...1_500).map { "show u\($0)\n" }.joined()
        try Data(old.utf8).write(to: fixture.historyFile)
        let terminal = try start()
        defer { terminal.close() }
        terminal.send("help\r")
        #expect(terminal.waitFor(Self.prompt))
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
        let lines = try String(contentsOf: fixture.historyFile, encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 1_000)
        #expect(lines.first == "show u502")
        #expect(lines.last == "help")
    }

    @Test func tabCompletesAFilePathAfterLoad() throws {
        try fixture.write("{}", to: "only-one-of-its-kind.jsonl")
        let terminal = try start()
        defer { terminal.close() }
        terminal.send("load \(fixture.directory.path)/only\t")
        #expect(terminal.waitFor("only-one-of-its-kind.jsonl "), "\(terminal.screenText)")
    }

    @Test func historyFromAnEarlierSessionIsRecalled() throws {
        try FileManager.default.createDirectory(
            at: fixture.historyFile.deletingLastPathComponent(),
            withIntermediateDirectories: true)
        try Data("info\nmode csv\n".utf8).write(to: fixture.historyFile)
        let terminal = try start()
        defer { terminal.close() }
        terminal.send("\u{1B}[A")
        #expect(terminal.waitFor("mode csv"), "\(terminal.screenText)")
    }

    @Test func ctrlCClearsAHalfTypedLine() throws {
        let terminal = try start()
        defer { terminal.close() }
        terminal.send("nosuchthing")
        #expect(terminal.waitFor("nosuchthing"))
        terminal.send("\u{3}")
        #expect(terminal.waitFor(Self.prompt), "\(terminal.screenText)")
        // Had the line survived, this would run `nosuchthinghelp` and fail.
        terminal.send("help\r")
        #expect(terminal.waitFor("load"), "\(terminal.screenText)")
        #expect(!terminal.screenText.contains("nosuchthinghelp"))
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    /// Table mode and colour by default on a terminal; `NO_COLOR` or a dumb terminal
    /// turn colour off.
    @Test(arguments: [
        (["TERM": "xterm"], true), (["TERM": "xterm", "NO_COLOR": "1"], false),
        (["TERM": "xterm", "NO_COLOR": ""], true), (["TERM": "dumb"], false),
    ])
    func colourOnATerminal(settings: [String: String], colour: Bool) throws {
        var environment = fixture.environment
        environment["NO_COLOR"] = nil
        environment.merge(settings) { $1 }
        let terminal = try start([fixture.corpus.path], environment: environment)
        defer { terminal.close() }
        terminal.send("list limit 1\r")
        #expect(terminal.waitFor("hello"))
        #expect(terminal.waitFor(Self.prompt))
        #expect(terminal.screenText.contains("id  speaker"))  // table mode, not tabs
        #expect(terminal.rawText.contains("\u{1B}[1m") == colour, "\(terminal.rawText)")
    }

    @Test func unwritableHistoryGivesOneWarning() throws {
        // A file where the history directory should be: nothing can be created below it.
        try fixture.write("not a directory", to: "state")
        let terminal = try start()
        defer { terminal.close() }
        terminal.send("help\r")
        #expect(terminal.waitFor(Self.prompt))
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
        let warnings = terminal.screenText.components(separatedBy: "warning").count - 1
        #expect(warnings == 1, "\(terminal.screenText)")
    }
}

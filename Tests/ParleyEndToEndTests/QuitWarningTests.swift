import Foundation
import ParleyTestSupport
import Testing

/// Quitting at the prompt with changes that are in no workspace says what would be lost
/// and how to keep it; a second quit ends the session.
@Suite(.enabled(if: PseudoTerminal.isAvailable, "needs util-linux script"))
struct QuitWarningTests {
    static let prompt = "parley> "

    @Test func quitWithUnsavedChangesWarnsOnceThenQuits() throws {
        let fixture = try EndToEndFixture()
        let terminal = try PseudoTerminal(
            executable: fixture.binary.url, arguments: [fixture.corpus.path],
            environment: ParleyBinary.environment(fixture.environment))
        defer { terminal.close() }
        try #require(terminal.waitFor(Self.prompt), "no prompt: \(terminal.screenText)")
        terminal.send("lexicon set hello -2\r")
        #expect(terminal.waitFor("changed"), "\(terminal.screenText)")
        terminal.send("quit\r")
        #expect(terminal.waitFor("1 lexicon-entry change"), "\(terminal.screenText)")
        #expect(terminal.waitFor("save FILE"), "\(terminal.screenText)")
        terminal.send("quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func quitInAWorkspaceDoesNotWarn() throws {
        let fixture = try EndToEndFixture()
        let workspace = fixture.directory.appendingPathComponent("w.parley").path
        let terminal = try PseudoTerminal(
            executable: fixture.binary.url, arguments: [workspace, fixture.corpus.path],
            environment: ParleyBinary.environment(fixture.environment))
        defer { terminal.close() }
        try #require(terminal.waitFor(Self.prompt), "no prompt: \(terminal.screenText)")
        terminal.send("lexicon set hello -2\r")
        #expect(terminal.waitFor("changed"), "\(terminal.screenText)")
        terminal.send("quit\r")
        #expect(terminal.waitForExit() == 0)
        #expect(!terminal.screenText.contains("quitting now loses"))
    }
}

import ArgumentParser

/// `output [FILE]`: send results to a file, or back to the screen.
struct OutputCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "output",
        abstract: "Write results to FILE (replacing it) until 'output' alone turns it back.",
        discussion: "Messages and errors still go to the screen.")

    static let examples = ["output /tmp/parley-example.txt", "output"]

    @Argument(help: "The file to write; leave out to write to the screen again.")
    var file: String?

    static func argumentKind(after words: [String]) -> ArgumentKind {
        words.isEmpty ? .filePath : .none
    }

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        session.outputFile = nil
        if let file {
            session.outputFile = try FileOutputSink(path: session.resolve(file), name: file)
        }
        return .none
    }
}

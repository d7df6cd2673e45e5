import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyShell

@Suite struct CommandRegistryTests {
    @Test func namesAndAliasesAreUnique() {
        let names = CommandRegistry.allNames
        #expect(Set(names).count == names.count)
    }

    @Test func everyCommandHasASummaryAndExamplesThatStartWithItsName() {
        for command in CommandRegistry.commands {
            let name = CommandRegistry.name(of: command)
            #expect(!name.isEmpty)
            #expect(!command.configuration.abstract.isEmpty, "\(name) has no summary")
            #expect(!command.examples.isEmpty, "\(name) has no example")
            for example in command.examples {
                #expect(example.split(separator: " ").first.map(String.init) == name, "\(example)")
            }
        }
    }

    @Test func everyExampleRunsAgainstTheSampleCorpus() throws {
        let directory = try RepositoryPaths.temporaryDirectory("examples")
        let session = Session(options: SessionOptions(workingDirectory: RepositoryPaths.root.path))
        let results = StringSink()
        let diagnostics = StringSink()
        for command in CommandRegistry.commands where command != QuitCommand.self {
            for example in command.examples {
                // Examples may replace the corpus (load) or the mode; start each afresh.
                let load = session.execute(
                    "load corpora/support-conversations.csv; mode plain", results: results,
                    diagnostics: diagnostics)
                #expect(!load.failed, "\(diagnostics.text)")
                let line = example.replacingOccurrences(of: "/tmp/", with: directory.path + "/")
                let outcome = session.execute(line, results: results, diagnostics: diagnostics)
                #expect(!outcome.failed, "\(example): \(diagnostics.text)")
            }
        }
    }

    @Test func helpListsEveryCommand() {
        let overview = HelpText.overview()
        for command in CommandRegistry.commands {
            #expect(overview.contains("  " + CommandRegistry.name(of: command)))
        }
    }

    @Test func theReadmeDocumentsEveryCommand() throws {
        let readme = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        for command in CommandRegistry.commands {
            #expect(readme.contains("| `\(CommandRegistry.name(of: command))"), "\(command)")
        }
    }

    @Test func lookupIsExactWithoutPrefixes() {
        #expect(CommandRegistry.command(named: "exit") == QuitCommand.self)
        #expect(CommandRegistry.command(named: "lis") == nil)
        #expect(CommandRegistry.command(named: "LIST") == nil)
    }

    @Test func unknownCommandsGetASuggestion() {
        let error = CommandRegistry.unknownCommandError("lsit")
        #expect(error.suggestion == "did you mean 'list'?")
        let far = CommandRegistry.unknownCommandError("frobnicate")
        #expect(far.suggestion == "type 'help' for the list of commands")
    }

    @Test func completionKnowsOptionsFromTheDeclarations() {
        let session = Session()
        #expect(session.optionNames(ofCommand: "load").contains("--strict"))
        #expect(session.optionNames(ofCommand: "load").contains("--map"))
        #expect(session.optionNames(ofCommand: "thread").contains("--full"))
        #expect(session.argumentKind(ofCommand: "load", after: []) == .filePath)
        #expect(session.argumentKind(ofCommand: "show", after: []) == .utteranceID)
        #expect(session.argumentKind(ofCommand: "help", after: []) == .commandName)
    }
}

import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyShell

/// A reply chain 100,000 deep must load, draw and traverse through the shell without
/// recursion limits (the issue's bar; STYLE.md principle 15).
@Suite struct DeepThreadTests {
    static let depth = 100_000

    private func sessionWithDeepChain() throws -> (Session, URL) {
        let directory = try RepositoryPaths.temporaryDirectory("deep")
        var lines = ""
        lines.reserveCapacity(Self.depth * 60)
        for index in 0..<Self.depth {
            let parent = index == 0 ? "" : #", "parent": "u\#(index - 1)""#
            lines +=
                #"{"id": "u\#(index)"\#(parent), "author": "s\#(index % 7)", "text": "reply \#(index)"}"#
            lines += "\n"
        }
        try Data(lines.utf8).write(to: directory.appendingPathComponent("chain.jsonl"))
        let session = Session(options: SessionOptions(workingDirectory: directory.path))
        let sink = StringSink()
        #expect(!session.execute("load chain.jsonl", results: sink, diagnostics: sink).failed)
        return (session, directory)
    }

    @Test func loadsDrawsAndCountsAChainOneHundredThousandDeep() throws {
        let (session, directory) = try sessionWithDeepChain()
        defer { try? FileManager.default.removeItem(at: directory) }

        let info = StringSink()
        _ = session.execute("mode jsonl; info", results: info, diagnostics: info)
        #expect(info.text.contains(#""max_depth":99999"#))
        #expect(info.text.contains(#""conversations":1,"#))

        let plain = StringSink()
        _ = session.execute("mode plain; thread u500", results: plain, diagnostics: plain)
        let plainLines = plain.text.split(separator: "\n")
        #expect(plainLines.count == Self.depth + 1)  // a header line, then every utterance
        #expect(plainLines.last?.hasSuffix("reply 99999") == true)

        let table = StringSink()
        _ = session.execute("mode table; thread u99999", results: table, diagnostics: table)
        let tableLines = table.text.split(separator: "\n")
        #expect(tableLines.count == RenderOptions(mode: .table).maxTableRows + 1)
        #expect(tableLines[199].contains("[depth 199] u199"))
        #expect(tableLines.last?.contains("99,800 more rows") == true, "\(tableLines.last ?? "")")

        let deepest = StringSink()
        _ = session.execute(
            "mode plain; list sort depth desc limit 1", results: deepest, diagnostics: deepest)
        #expect(deepest.text.contains("u99999\ts4\t\t99999\t0\treply 99999"))
    }
}

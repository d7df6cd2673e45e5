import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyShell

/// VADER's data folder beside the repository, or `nil` when it is not there.
private let vaderDirectory: URL? = {
    guard let directory = RepositoryPaths.sharedData?.appendingPathComponent("vader") else {
        return nil
    }
    return FileManager.default.fileExists(atPath: directory.path) ? directory : nil
}()

/// Rendering real third-party text (VADER's rated snippets: tweets with emoji and
/// entities, movie reviews with non-ASCII) from `/work/shared/data`, skipped when absent.
@Suite(.enabled(if: vaderDirectory != nil))
struct RealDataRenderingTests {
    /// `id <TAB> rating <TAB> text` lines, CRLF-separated, as a table.
    static func snippets(_ file: String) throws -> Table {
        let url = try #require(vaderDirectory).appendingPathComponent(file)
        let content = try String(contentsOf: url, encoding: .utf8)
        let rows: [[Value]] = content.split(separator: "\r\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let rating = Double(parts[1]) else { return nil }
            return [.string(String(parts[0])), .double(rating), .text(String(parts[2]))]
        }
        return Table(
            columns: [
                Table.Column("id"), Table.Column("rating", alignment: .right), Table.Column("text"),
            ], rows: rows)
    }

    @Test(arguments: ["tweets_GroundTruth.txt", "movieReviewSnippets_GroundTruth.txt"])
    func everyTableLineFitsTheWidth(file: String) throws {
        let table = try Self.snippets(file)
        #expect(table.rowCount > 4_000)
        let output = RenderFixtures.render(.table(table), .table, width: 80, maxRows: .max)
        let lines = output.split(separator: "\n")
        #expect(lines.count == table.rowCount + 2)
        let tooWide = lines.filter { DisplayWidth.of(String($0)) > 80 }
        #expect(tooWide.isEmpty, "\(tooWide.prefix(3))")
    }

    @Test(arguments: ["tweets_GroundTruth.txt", "movieReviewSnippets_GroundTruth.txt"])
    func jsonLinesRoundTripEveryText(file: String) throws {
        let table = try Self.snippets(file)
        let output = RenderFixtures.render(.table(table), .jsonl)
        let lines = output.split(separator: "\n")
        #expect(lines.count == table.rowCount)
        for (index, line) in lines.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let text = (object as? [String: Any])?["text"] as? String
            guard case .text(let original) = table.row(index)[2] else { continue }
            #expect(text == original, "row \(index)")
        }
    }

    @Test func csvHasOneLinePerSnippet() throws {
        let table = try Self.snippets("tweets_GroundTruth.txt")
        let output = RenderFixtures.render(.table(table), .csv)
        #expect(output.split(separator: "\n").count == table.rowCount + 1)
    }
}

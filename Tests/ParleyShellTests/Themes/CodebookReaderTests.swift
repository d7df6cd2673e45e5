import Foundation
import ParleyCore
import ParleyShell
import ParleyTestSupport
import Testing

@Suite struct CodebookReaderTests {
    static let good = """
        themes:
          - name: money
            description: Anything about money
          - name: billing
            parent: money
            keywords: [refund, charged twice]
            patterns: ['£[0-9]+']
            exclude: gift card
        """

    @Test func readsThemesWithTheirRules() throws {
        let codebook = try CodebookReader.read(Self.good, file: "cb.yaml")
        #expect(codebook.names == ["money", "billing"])
        let billing = try #require(codebook.theme(named: "billing"))
        #expect(billing.parent == "money")
        #expect(billing.keywords == ["refund", "charged twice"])
        #expect(billing.exclude == ["gift card"])
        #expect(billing.line == 4)
    }

    @Test func writingThenReadingGivesTheSameThemes() throws {
        let codebook = try CodebookReader.read(Self.good)
        let again = try CodebookReader.read(CodebookWriter.yaml(codebook))
        #expect(
            again.themes.map {
                Theme(
                    name: $0.name, description: $0.description,
                    parent: $0.parent, keywords: $0.keywords, patterns: $0.patterns,
                    exclude: $0.exclude)
            }
                == codebook.themes.map {
                    Theme(
                        name: $0.name,
                        description: $0.description, parent: $0.parent, keywords: $0.keywords,
                        patterns: $0.patterns, exclude: $0.exclude)
                })
    }

    static func error(_ text: String) -> String? {
        do {
            _ = try CodebookReader.read(text, file: "cb.yaml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func errorsNameFileAndLine() {
        #expect(
            Self.error("themes:\n  - name: a\n  - name: a\n")
                == "cb.yaml:3: theme 'a' is defined twice (first defined at line 2)")
        #expect(
            Self.error("themes:\n  - name: a\n    parent: nope\n")
                == "cb.yaml:2: theme 'a' has parent 'nope', which is not a theme of this codebook")
        #expect(
            Self.error("themes:\n  - name: a\n    patterns: ['(x']\n")?
                .hasPrefix("cb.yaml:2: theme 'a': bad pattern '(x'") == true)
        #expect(
            Self.error("themes:\n  - name: a\n    colour: red\n")?
                .hasPrefix("cb.yaml:3: unknown key 'colour' in a theme") == true)
        #expect(
            Self.error("themes:\n  - name: a\n   - b: [\n")?.hasPrefix("cb.yaml:3: YAML:") == true)
        #expect(
            Self.error("themes:\n  - name: a\n    parent: b\n  - name: b\n    parent: a\n")
                == "cb.yaml:2: theme 'a' is its own ancestor (parents form a cycle)")
    }

    @Test func theShippedCodebooksLoad() throws {
        for name in ["customer-experience", "baldrige"] {
            let path = RepositoryPaths.root.appendingPathComponent(
                "corpora/codebooks/\(name).yaml"
            ).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(try CodebookReader.read(text).themes.count == 7)
        }
    }
}

import Foundation
import ParleyCore
import ParleyTestSupport

/// Paths and readers for the VADER parity fixtures (Tests/Fixtures/vader) and the shared
/// human-rated data sets (../shared/data/vader beside the repository).
enum VaderFixtures {
    static let repositoryRoot = RepositoryPaths.root
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/vader")
    static let dataDirectory = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/data/vader")

    static let dataSets = [
        "tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets",
    ]

    static var dataAvailable: Bool {
        FileManager.default.fileExists(
            atPath: dataDirectory.appendingPathComponent("tweets_GroundTruth.txt").path)
    }

    /// One expected row: the key (id or line number), the four values as the reference
    /// printed them, and any further fields.
    struct Expected {
        var key: String
        var scores: [Double]
        var rest: [String]
    }

    static func expected(_ name: String) throws -> [Expected] {
        let text = try String(
            contentsOf: fixtures.appendingPathComponent("expected/\(name).tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map(String.init)
            return Expected(
                key: fields[0], scores: fields[1...4].map { Double($0) ?? .nan },
                rest: Array(fields.dropFirst(5)))
        }
    }

    /// The texts of a human-rated set, keyed by id, read as the reference's users read
    /// them: CRLF lines, the text in the third tab-separated field.
    static func dataSetTexts(_ name: String) throws -> [(id: String, text: String)] {
        let url = dataDirectory.appendingPathComponent("\(name)_GroundTruth.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), fields.count > 2 ? String(fields[2]) : "")
        }
    }

    /// The edge cases with their line numbers (comments and blank lines skipped).
    static func edgeCases() throws -> [(line: Int, written: String, text: String)] {
        let text = try String(
            contentsOf: fixtures.appendingPathComponent("edge-cases.txt"), encoding: .utf8)
        var cases: [(Int, String, String)] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated() where !line.isEmpty && !line.hasPrefix("#")
        {
            cases.append((offset + 1, String(line), unescape(String(line))))
        }
        return cases
    }

    /// The escapes of edge-cases.txt (see its header); generate.py decodes them alike.
    static func unescape(_ line: String) -> String {
        if line == "\\e" { return "" }
        var result = ""
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\", let code = scalars.next() else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch code {
            case "t": result += "\t"
            case "n": result += "\n"
            case "r": result += "\r"
            case "s": result += " "
            case "u":
                var hex = ""
                _ = scalars.next()  // "{"
                while let digit = scalars.next(), digit != "}" { hex.unicodeScalars.append(digit) }
                if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
                    result.unicodeScalars.append(decoded)
                }
            default: result.unicodeScalars.append(code)
            }
        }
        return result
    }

    /// Scores at the reference's precision, as integers of 1/10,000.
    static func atFourDecimals(_ values: [Double]) -> [Int] {
        values.map { Int(($0 * 10_000).rounded()) }
    }

    static func atFourDecimals(_ scores: SentimentScores) -> [Int] {
        atFourDecimals(scores.values)
    }
}

extension SentimentScores {
    /// neg, neu, pos, compound: the reference's order.
    var values: [Double] { [negative, neutral, positive, compound] }
}

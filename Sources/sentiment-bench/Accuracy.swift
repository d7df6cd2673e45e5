import Foundation
import ParleyCore

/// `sentiment-bench accuracy [DATA_DIR]`: for each human-rated VADER data set, the Pearson
/// correlation of compound with the human mean rating and the 3-class F1.
///
/// Classes (our choice; the paper's exact thresholds for its 3-class figures could not be
/// confirmed here): a text is positive when its score is ≥ `threshold`, negative when
/// ≤ −`threshold`, neutral otherwise, with the same `threshold` = 0.05 for compound (VADER's
/// own convention) and for the human mean rating (−4…4). F1 is reported macro-averaged and
/// weighted by each class's human count (scikit-learn's "weighted" average).
enum Accuracy {
    static let threshold = 0.05
    static let dataSets = [
        "tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets",
    ]

    static func run(directory: String) {
        let analyzer = SentimentAnalyzer()
        print("| data set | texts | Pearson r | F1 macro | F1 weighted |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for name in dataSets {
            let rows = load(directory + "/" + name + "_GroundTruth.txt")
            guard !rows.isEmpty else {
                print("| \(name) | absent | | | |")
                continue
            }
            let human = rows.map(\.rating)
            let compound = rows.map { analyzer.scores(for: $0.text).compound }
            let f1 = f1Scores(truth: human.map(label), predicted: compound.map(label))
            print(
                "| \(name) | \(rows.count) | \(format(pearson(human, compound))) | "
                    + "\(format(f1.macro)) | \(format(f1.weighted)) |")
        }
    }

    /// Lines `id TAB mean rating TAB text` (CRLF line ends in the published files).
    static func load(_ path: String) -> [(rating: Double, text: String)] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n").compactMap {
            let fields = $0.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let rating = Double(fields[1]) else { return nil }
            return (rating, String(fields[2]))
        }
    }

    static func label(_ score: Double) -> Int {
        score >= threshold ? 1 : (score <= -threshold ? -1 : 0)
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - meanX) * (b - meanY)
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
        }
        return sxy / (sxx * syy).squareRoot()
    }

    static func f1Scores(truth: [Int], predicted: [Int]) -> (macro: Double, weighted: Double) {
        var macro = 0.0
        var weighted = 0.0
        for label in [-1, 0, 1] {
            let pairs = zip(truth, predicted)
            let truePositive = pairs.filter { $0 == label && $1 == label }.count
            let predictedCount = predicted.filter { $0 == label }.count
            let actualCount = truth.filter { $0 == label }.count
            let precision = predictedCount > 0 ? Double(truePositive) / Double(predictedCount) : 0
            let recall = actualCount > 0 ? Double(truePositive) / Double(actualCount) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            macro += f1 / 3
            weighted += f1 * Double(actualCount) / Double(truth.count)
        }
        return (macro, weighted)
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

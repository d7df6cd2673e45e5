#if canImport(Glibc)
import Glibc
#endif
import ParleyCore

// Temporary: score stdin lines.
var count = 0
let analyzer = SentimentAnalyzer()
while let line = readLine(strippingNewline: true) {
    let s = analyzer.scores(for: line)
    print("\(s.negative)\t\(s.neutral)\t\(s.positive)\t\(s.compound)")
    count += 1
}

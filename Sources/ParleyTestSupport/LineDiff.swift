/// A line-by-line difference between expected and actual text, for test failures that
/// show what changed instead of two walls of text.
public enum LineDiff {
    /// `-` lines only expected, `+` lines only actual, two-space lines shared; nil when the
    /// texts are equal. Longest common subsequence on lines, cut to `context` lines around
    /// each change.
    public static func describe(expected: String, actual: String, context: Int = 3) -> String? {
        guard expected != actual else { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lengths = [[Int]](
            repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] =
                    a[i] == b[j]
                    ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var lines: [(mark: Character, text: Substring)] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append((" ", a[i]))
                (i, j) = (i + 1, j + 1)
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                lines.append(("+", b[j]))
                j += 1
            } else {
                lines.append(("-", a[i]))
                i += 1
            }
        }
        let changed = lines.indices.filter { lines[$0].mark != " " }
        let shown = lines.indices.filter { index in
            changed.contains { abs($0 - index) <= context }
        }
        var output: [String] = []
        var previous = -1
        for index in shown {
            if previous >= 0, index != previous + 1 { output.append("…") }
            output.append("\(lines[index].mark) \(lines[index].text)")
            previous = index
        }
        return output.joined(separator: "\n")
    }
}

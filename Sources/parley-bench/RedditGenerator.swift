import ParleyCore

/// Writes a deterministic Reddit-style JSON Lines corpus: comments with `id`, `parent_id`
/// (a plain id of another comment, empty for roots), `link_id`, `author`, `body`,
/// `created_utc`, `subreddit` and `score`; about 300 bytes a record.
///
/// Reply trees: a new thread starts every ten comments or so; replies pick an earlier
/// comment of their thread with a bias towards its top (so most trees are shallow); now and
/// then a chain of thousands of replies, each answering the one before, is written.
struct RedditGenerator {
    var random: SplitMix64
    let count: Int

    /// Comments between two deep chains, and the length of each chain.
    static let chainSpacing = 200_000
    static let chainLength = 3_000
    /// The chance that a comment starts a new thread.
    static let newThreadChance = 0.1
    static let firstTimestamp = 1_500_000_000

    init(count: Int, seed: UInt64) {
        self.count = count
        random = SplitMix64(seed: seed)
    }

    /// Calls `emit` with each record's JSON line (newline included).
    mutating func generate(_ emit: (String) -> Void) {
        var threadStart = 0
        var threadLink = ""
        var subreddit = ""
        var chainRemaining = 0
        for index in 0..<count {
            var parent: Int?
            if chainRemaining > 0 {
                chainRemaining -= 1
                parent = index - 1
            } else if index % Self.chainSpacing == Self.chainSpacing / 2 {
                chainRemaining = Self.chainLength
                parent = index - 1
            } else if index == 0 || random.nextDouble() < Self.newThreadChance {
                threadStart = index
                threadLink = "t3_" + Self.base36(UInt64(index) &* 7_919 % 2_176_782_336, width: 6)
                subreddit = WordList.subreddits[random.next(below: WordList.subreddits.count)]
            } else {
                let span = Double(index - threadStart)
                let pick = random.nextDouble()
                parent = threadStart + Int(pick * pick * pick * span)
            }
            emit(record(index, parent: parent, link: threadLink, subreddit: subreddit))
        }
    }

    private mutating func record(
        _ index: Int, parent: Int?, link: String, subreddit: String
    ) -> String {
        let author = "user_\(random.next(below: 1 + random.next(below: 120_000)))"
        let time = Self.firstTimestamp + index * 3 + random.next(below: 3)
        let score =
            random.next(below: 20) == 0 ? random.next(below: 5_000) : random.next(below: 30) - 5
        var line = "{\"id\":\"\(Self.commentID(index))\",\"parent_id\":\""
        if let parent { line += Self.commentID(parent) }
        line += "\",\"link_id\":\"\(link)\",\"author\":\"\(author)\",\"body\":\""
        line += body()
        line += "\",\"created_utc\":\(time),\"subreddit\":\"\(subreddit)\",\"score\":\(score)}\n"
        return line
    }

    /// Sentence-like text from a word list, with the escapes real comments have: quotes,
    /// line breaks, non-ASCII letters and emoji.
    private mutating func body() -> String {
        var text = ""
        let sentences = 1 + random.next(below: 3)
        for sentence in 0..<sentences {
            if sentence > 0 { text += random.next(below: 8) == 0 ? "\\n\\n" : " " }
            let words = 7 + random.next(below: 13)
            for word in 0..<words {
                var next = WordList.words[random.next(below: WordList.words.count)]
                if word == 0 { next = next.prefix(1).uppercased() + next.dropFirst() }
                if word > 0 { text += random.next(below: 15) == 0 ? ", " : " " }
                text += random.next(below: 40) == 0 ? "\\\"\(next)\\\"" : next
            }
            text += WordList.endings[random.next(below: WordList.endings.count)]
        }
        return text
    }

    /// Seven base-36 characters that look like Reddit ids: the index times a multiplier
    /// prime to 36^7, so ids are unique and unordered.
    static func commentID(_ index: Int) -> String {
        base36(UInt64(index) &* 1_000_003 % 78_364_164_096, width: 7)
    }

    static func base36(_ value: UInt64, width: Int) -> String {
        let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        var result = [Character](repeating: "0", count: width)
        var rest = value
        for position in stride(from: width - 1, through: 0, by: -1) {
            result[position] = digits[Int(rest % 36)]
            rest /= 36
        }
        return String(result)
    }
}
